package id.regsosek.forum;

import id.regsosek.imports.CsvColumn;
import id.regsosek.imports.CsvRow;
import id.regsosek.imports.CsvTable;
import id.regsosek.imports.ImportCounts;
import id.regsosek.imports.ImportRun;
import id.regsosek.imports.Problems;
import id.regsosek.ranking.ConsultationCorrections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A village forum's corrections as a CSV file ({@code family_id, reason} with a reason code, optional {@code note})
 * uploaded by its official: however many rows (no form field's 4,000 characters), checked whole (a family not
 * ranked in this village, an unknown reason, a family named twice, one that cannot go back to the field: nothing
 * kept) and kept with the forum, replacing an earlier file. Completing the forum's task sends them, with any keyed
 * rows, to re-verification. The forum's row is locked meanwhile: a second upload or the task's completion waits.
 */
@Service
public class ForumCorrectionUpload {

    public static final String KIND = "village-forum-corrections";
    static final int MAX_BYTES = 5_000_000;
    static final List<CsvColumn> FORMAT = List.of(CsvColumn.shaped("family_id"), CsvColumn.shaped("reason"),
            CsvColumn.optional("note", 400));

    private final ForumRows rows;
    private final ConsultationCorrections corrections;

    public ForumCorrectionUpload(ForumRows rows, ConsultationCorrections corrections) {
        this.rows = rows;
        this.corrections = corrections;
    }

    @Transactional
    public ImportCounts upload(ForumSubject.Forum forum, String fileName, byte[] content, ImportRun run) {
        Problems problems = new Problems(fileName);
        problems.rejectIfLarger(content, MAX_BYTES);
        CsvTable table = CsvTable.read(problems, content, FORMAT);
        if (!"OPEN".equals(rows.lockStatus(forum))) {
            throw new IllegalStateException("Forum desa " + forum.village() + " kegiatan " + forum.campaign()
                    + " sudah dilaporkan (atau tidak ada): koreksinya tidak bisa diunggah lagi.");
        }
        Map<Long, UploadedCorrection> accepted = new LinkedHashMap<>();
        for (CsvRow row : table.rows()) {
            UploadedCorrection c = check(forum, row, accepted, problems);
            if (c != null) {
                accepted.put(c.familyId(), c);
            }
        }
        problems.rejectIfAny();
        run.expect(accepted.size());
        rows.replaceUploaded(forum, accepted);
        run.advance(accepted.size());
        return new ImportCounts(table.rows().size(), accepted.size(), 0, 0, 0);
    }

    private UploadedCorrection check(ForumSubject.Forum forum, CsvRow row, Map<Long, UploadedCorrection> seen,
                                     Problems problems) {
        String id = row.get("family_id");
        var reason = CorrectionReason.of(row.get("reason"));
        if (!id.matches("\\d{1,18}") || !rows.inVillage(forum, Long.parseLong(id))) {
            problems.add(row, "family_id", "'" + id + "' bukan keluarga berperingkat di desa " + forum.village()
                    + " (kegiatan " + forum.campaign() + ")");
            return null;
        }
        long family = Long.parseLong(id);
        if (reason.isEmpty()) {
            problems.add(row, "reason", "alasan '" + row.get("reason") + "' tidak dikenal; pakai salah satu: "
                    + CorrectionReason.codes());
        } else if (seen.containsKey(family)) {
            problems.add(row, "family_id", "keluarga " + id + " disebut dua kali (pertama di baris "
                    + seen.get(family).line() + ")");
        } else if (!corrections.readyForTheField(forum.regency(), family)) {
            problems.add(row, "family_id", "keluarga " + id + " tidak bisa dikunjungi ulang: SLS-nya belum punya PPL"
                    + " dan PML yang disetujui");
        } else {
            return new UploadedCorrection(family, reason.get(), row.get("note"), row.line());
        }
        return null;
    }
}
