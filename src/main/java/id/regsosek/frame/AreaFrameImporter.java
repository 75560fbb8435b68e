package id.regsosek.frame;

import id.regsosek.imports.ImportCounts;
import id.regsosek.imports.ImportRejectedException;
import id.regsosek.imports.ImportRun;
import id.regsosek.identity.RegencyTenants;
import id.regsosek.imports.Problems;
import id.regsosek.imports.Upsert;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads one regency's official area frame (the regency, its districts and villages) from the idn-area files.
 * All three files are checked before anything is written, and the write is one transaction: a file with any bad
 * row of this regency changes nothing.
 */
@Service
public class AreaFrameImporter {

    public static final String KIND = "area-frame";

    private static final Upsert REGENCIES = new Upsert("regency", "code", List.of("province_code", "name"));
    private static final Upsert DISTRICTS = new Upsert("district", "code", List.of("regency_code", "name"));
    private static final Upsert VILLAGES = new Upsert("village", "code",
            List.of("district_code", "regency_code", "name"));

    private final JdbcTemplate jdbc;
    private final RegencyTenants tenants;
    private final int batchSize;

    public AreaFrameImporter(JdbcTemplate jdbc, RegencyTenants tenants,
                             @Value("${regsosek.import.batch-size:1000}") int batchSize) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.batchSize = batchSize;
    }

    @Transactional
    public ImportCounts importRegency(String regency, AreaFiles files, ImportRun run) {
        String prefix = regency + ".";
        Problems regencyProblems = new Problems(AreaFiles.REGENCIES);
        Problems districtProblems = new Problems(AreaFiles.DISTRICTS);
        Problems villageProblems = new Problems(AreaFiles.VILLAGES);

        AreaFileCheck regencyCheck = new AreaFileCheck("province_code", AreaCodes.REGENCY, "32.16", regency::equals);
        Map<String, AreaRow> regencies = regencyCheck.check(files.regencies(), regencyProblems, null, true);
        if (regencyProblems.isEmpty() && regencies.isEmpty()) {
            regencyProblems.add(1, "code", "regency " + regency + " is not in the file");
        }
        AreaFileCheck districtCheck = new AreaFileCheck("regency_code", AreaCodes.DISTRICT, "32.16.01",
                c -> c.startsWith(prefix));
        Map<String, AreaRow> districts = districtCheck.check(files.districts(), districtProblems, Set.of(regency),
                true);
        Set<String> knownDistricts = new HashSet<>(districts.keySet());
        knownDistricts.addAll(jdbc.queryForList("select code from district where regency_code = ?", String.class,
                regency));
        AreaFileCheck villageCheck = new AreaFileCheck("district_code", AreaCodes.VILLAGE, "32.16.01.2001",
                c -> c.startsWith(prefix));
        Map<String, AreaRow> villages = villageCheck.check(files.villages(), villageProblems, knownDistricts, true);

        if (!regencyProblems.isEmpty() || !districtProblems.isEmpty() || !villageProblems.isEmpty()) {
            throw ImportRejectedException.of("area frame of " + regency,
                    List.of(regencyProblems, districtProblems, villageProblems));
        }
        run.expect(regencies.size() + districts.size() + villages.size());
        ImportCounts counts = write(regency, regencies, districts, villages, run);
        AreaRow regencyRow = regencies.get(regency);
        tenants.ensure(regency, regencyRow.name());
        int skipped = regencyCheck.skipped() + districtCheck.skipped() + villageCheck.skipped();
        return counts.plus(new ImportCounts(0, 0, 0, 0, skipped));
    }

    private ImportCounts write(String regency, Map<String, AreaRow> regencies, Map<String, AreaRow> districts,
                               Map<String, AreaRow> villages, ImportRun run) {
        Map<String, Object[]> regencyRows = new LinkedHashMap<>();
        regencies.values().forEach(r -> regencyRows.put(r.code(), new Object[] {r.parent(), r.name()}));
        Map<String, Object[]> districtRows = new LinkedHashMap<>();
        districts.values().forEach(r -> districtRows.put(r.code(), new Object[] {regency, r.name()}));
        Map<String, Object[]> villageRows = new LinkedHashMap<>();
        villages.values().forEach(r -> villageRows.put(r.code(), new Object[] {r.parent(), regency, r.name()}));

        ImportCounts counts = REGENCIES.write(jdbc, regencyRows,
                existing("select code, province_code, name from regency where code = ?", regency), batchSize, run);
        counts = counts.plus(DISTRICTS.write(jdbc, districtRows,
                existing("select code, regency_code, name from district where regency_code = ?", regency),
                batchSize, run));
        return counts.plus(VILLAGES.write(jdbc, villageRows,
                existing("select code, district_code, regency_code, name from village where regency_code = ?",
                        regency), batchSize, run));
    }

    private Map<String, Object[]> existing(String sql, String regency) {
        return Upsert.existing(jdbc, sql, regency);
    }
}
