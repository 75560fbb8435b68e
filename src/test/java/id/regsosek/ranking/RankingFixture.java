package id.regsosek.ranking;

import id.regsosek.frame.AreaFiles;
import id.regsosek.signoff.SignoffState;
import id.regsosek.frame.FrameImports;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A regency of its own for the ranking tests (Kota Banjar 32.79, one village, two SLS), so the hand-computed
 * ranks depend on nothing another test does. Families get the answers a complete interview stores.
 */
final class RankingFixture {

    static final String REGENCY = "32.79";
    static final String VILLAGE = "32.79.01.1001";
    static final String SLS_A = VILLAGE + ".0001.00";
    static final String SLS_B = VILLAGE + ".0002.00";

    private final JdbcTemplate jdbc;

    RankingFixture(JdbcTemplate jdbc, FrameImports imports) {
        this.jdbc = jdbc;
        var frame = imports.importArea(REGENCY, new AreaFiles(
                utf8("code,province_code,name\n32.79,32,Kota Banjar\n"),
                utf8("code,regency_code,name\n32.79.01,32.79,Banjar\n"),
                utf8("code,district_code,name\n" + VILLAGE + ",32.79.01,Banjar\n")), "test");
        var sls = imports.importSls(REGENCY, "sls.csv", utf8("village_code,sls_code,sub_sls,name,type,"
                + "expected_families\n" + VILLAGE + ",0001,00,RT 001,SLS,3\n" + VILLAGE + ",0002,00,RT 002,SLS,1\n"),
                "test");
        if (!"DONE".equals(frame.state()) || !"DONE".equals(sls.state())) {
            throw new IllegalStateException("ranking fixture frame: " + frame.problems() + sls.problems());
        }
        for (String table : List.of("family_rank", "family_asset", "family_member", "family_housing")) {
            jdbc.update("delete from " + table + " where family_id in (select id from family where regency_code = ?)",
                    REGENCY);
        }
        jdbc.update("delete from visit_task where regency_code = ?", REGENCY);
        jdbc.update("delete from family_visit where regency_code = ?", REGENCY);
        jdbc.update("delete from family where regency_code = ?", REGENCY);
        jdbc.update("delete from sls_assignment where regency_code = ?", REGENCY);
        jdbc.update("delete from sls_signoff where regency_code = ?", REGENCY);
        jdbc.update("delete from handover_run where regency_code = ?", REGENCY);
        jdbc.update("delete from sls_signoff_decision where sls_id in (select id from sls where regency_code = ?)",
                REGENCY);
    }

    long slsId(String code) {
        return jdbc.queryForObject("select id from sls where code = ?", Long.class, code);
    }

    void accept(String slsCode) {
        jdbc.update("insert into sls_signoff (sls_id, regency_code, status, updated_at, accepted_at) values"
                + " (?, ?, ?, ?, ?)", slsId(slsCode), REGENCY, SignoffState.ACCEPTED.name(), Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
    }

    /** A family with a final result; housing codes as on the family form, members all adults, head first. */
    long family(String slsCode, Integer result, int members, int floorArea, int floor, int wall, int roof, int water,
                int sanitation, int power, int fuel, int headEducation, int headWork, String... assets) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("insert into family (regency_code, sls_id, head_name, address,"
                    + " origin, result_code, final_at) values (?, ?, ?, 'Jl. Uji', 'PRELIST', ?, ?)",
                    new String[] {"id"});
            ps.setString(1, REGENCY);
            ps.setLong(2, slsId(slsCode));
            ps.setString(3, "Kepala " + floorArea);
            ps.setObject(4, result);
            ps.setTimestamp(5, result == null ? null : Timestamp.from(Instant.now()));
            return ps;
        }, key);
        long id = key.getKey().longValue();
        if (result != null && result == 1) {
            jdbc.update("insert into family_housing (family_id, tenure, floor_area, floor_material, wall_material,"
                    + " roof_material, water_source, sanitation, electricity, cooking_fuel, updated_at) values"
                    + " (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, floorArea, floor, wall, roof, water, sanitation,
                    power, fuel, Timestamp.from(Instant.now()));
            for (int line = 1; line <= members; line++) {
                jdbc.update("insert into family_member (family_id, line_no, name, relationship, sex, age, education,"
                        + " work_status) values (?, ?, ?, ?, 'L', 40, ?, ?)", id, line, "Anggota " + line,
                        line == 1 ? 1 : 3, line == 1 ? headEducation : 3, line == 1 ? headWork : 3);
            }
            for (String asset : assets) {
                String[] a = asset.split("=");
                jdbc.update("insert into family_asset (family_id, asset_code, quantity) values (?, ?, ?)", id, a[0],
                        Integer.parseInt(a[1]));
            }
        }
        return id;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
