package id.regsosek.forum;

import id.regsosek.imports.CsvColumn;
import id.regsosek.imports.CsvTable;
import id.regsosek.imports.ImportCounts;
import id.regsosek.imports.ImportRun;
import id.regsosek.imports.Problems;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regency admin's bulk import of village officials ({@code username, full_name, email, phone, village_code}):
 * each row is a login in group village-official and the regency's tenant, bound to its village; a new login's first
 * password goes to its mail address through the outbox, as an officer's does. The whole file is checked first (one
 * bad row, nothing written) and written in one transaction, so no login is left without its village. Imports of
 * one regency run one after the other (OfficialImportLock): a second upload of the same file finds the
 * first one's logins and only updates them.
 */
@Service
public class OfficialImport {

    public static final String KIND = "village-officials";
    static final int MAX_BYTES = 2_000_000;
    static final List<CsvColumn> FORMAT = List.of(CsvColumn.shaped("username"), CsvColumn.of("full_name", 120),
            CsvColumn.of("email", 120), CsvColumn.optional("phone", CsvColumn.SHAPED),
            CsvColumn.shaped("village_code"));

    /** One checked row. */
    record Official(int line, String userId, String name, String email, String phone, String village) {
    }

    private final OfficialImportLock lock;
    private final OfficialChecks checks;
    private final OfficialAccounts accounts;

    OfficialImport(OfficialImportLock lock, OfficialChecks checks, OfficialAccounts accounts) {
        this.lock = lock;
        this.checks = checks;
        this.accounts = accounts;
    }

    @Transactional
    public ImportCounts importFile(String regency, String fileName, byte[] content, ImportRun run) {
        Problems problems = new Problems(fileName);
        problems.rejectIfLarger(content, MAX_BYTES);
        CsvTable table = CsvTable.read(problems, content, FORMAT);
        lock.lock(regency);
        List<Official> rows = checks.check(regency, table, problems);
        problems.rejectIfAny();
        run.expect(rows.size());
        return accounts.write(regency, rows, run);
    }
}
