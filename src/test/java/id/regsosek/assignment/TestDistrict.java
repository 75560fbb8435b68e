package id.regsosek.assignment;

import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small synthetic district of the demo regency (32.16.8x/9x, codes the real frame does not use) with its own
 * SLS and officers, so each test owns its district in the shared database. Officers get Camunda users.
 */
final class TestDistrict {

    static final String REGENCY = "32.16";

    final String code;
    final List<String> slsCodes = new ArrayList<>();
    final List<Long> ppl = new ArrayList<>();
    final List<Long> pml = new ArrayList<>();

    private final JdbcTemplate jdbc;

    private TestDistrict(String code, JdbcTemplate jdbc) {
        this.code = code;
        this.jdbc = jdbc;
    }

    /** @param villages expected families of each SLS, one array per village */
    static TestDistrict create(JdbcTemplate jdbc, RegencyUsers users, String code, int ppl, int pml,
                               int[]... villages) {
        return create(jdbc, users, code, true, ppl, pml, villages);
    }

    /** @param withKoseka whether the district has a Koseka officer (its review tasks are then assigned to it) */
    static TestDistrict create(JdbcTemplate jdbc, RegencyUsers users, String code, boolean withKoseka, int ppl,
                               int pml, int[]... villages) {
        TestDistrict d = new TestDistrict(code, jdbc);
        jdbc.update("insert into district (code, regency_code, name) values (?, ?, ?)", code, REGENCY,
                "Uji " + code);
        for (int v = 0; v < villages.length; v++) {
            String village = code + "." + (2001 + v);
            jdbc.update("insert into village (code, district_code, regency_code, name) values (?, ?, ?, ?)", village,
                    code, REGENCY, "Desa Uji " + (v + 1));
            for (int s = 0; s < villages[v].length; s++) {
                String sls = String.format("%04d", s + 1);
                String full = village + "." + sls + ".00";
                jdbc.update("insert into sls (code, village_code, district_code, regency_code, sls_code, sub_sls, name,"
                        + " sls_type, expected_families) values (?, ?, ?, ?, ?, '00', ?, 'SLS', ?)", full, village, code,
                        REGENCY, sls, "RT " + sls, villages[v][s]);
                d.slsCodes.add(full);
            }
        }
        for (int i = 1; i <= ppl; i++) {
            d.ppl.add(d.officer(users, "PPL", i));
        }
        for (int i = 1; i <= pml; i++) {
            d.pml.add(d.officer(users, "PML", i));
        }
        users.ensure(new RegencyUsers.NewUser(d.kosekaUser(), "Koseka", code, null, "demo", Groups.KOSEKA, REGENCY));
        if (withKoseka) {
            jdbc.update("insert into officer (regency_code, officer_code, user_id, name, role, status,"
                    + " home_district_code) values (?, ?, ?, 'Koseka', 'KOSEKA', 'ACTIVE', ?)", REGENCY,
                    "KSK-" + code.replace(".", ""), d.kosekaUser(), code);
        }
        return d;
    }

    String kosekaUser() {
        return "koseka-" + code;
    }

    long officer(RegencyUsers users, String role, int n) {
        String officerCode = officerCode(role, n);
        String user = officerCode.toLowerCase();
        users.ensure(new RegencyUsers.NewUser(user, role, officerCode, user + "@test.example", "demo",
                "PPL".equals(role) ? Groups.PPL : Groups.PML, REGENCY));
        jdbc.update("insert into officer (regency_code, officer_code, user_id, name, role, status, home_district_code,"
                + " email) values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?)", REGENCY, officerCode, user, role + " " + n, role,
                code, user + "@test.example");
        return jdbc.queryForObject("select id from officer where officer_code = ?", Long.class, officerCode);
    }

    String officerCode(String role, int n) {
        return role + "-" + code.replace(".", "") + "-" + String.format("%02d", n);
    }

    String userOf(long officerId) {
        return jdbc.queryForObject("select user_id from officer where id = ?", String.class, officerId);
    }

    Long pplOf(String slsCode) {
        return jdbc.queryForObject("select a.ppl_officer_id from sls_assignment a join sls s on s.id = a.sls_id"
                + " where s.code = ?", Long.class, slsCode);
    }

    Long pmlOf(String slsCode) {
        return jdbc.queryForObject("select a.pml_officer_id from sls_assignment a join sls s on s.id = a.sls_id"
                + " where s.code = ?", Long.class, slsCode);
    }

    List<String> slsOf(long pplId) {
        return jdbc.queryForList("select s.code from sls_assignment a join sls s on s.id = a.sls_id"
                + " where a.ppl_officer_id = ? order by s.code", String.class, pplId);
    }
}
