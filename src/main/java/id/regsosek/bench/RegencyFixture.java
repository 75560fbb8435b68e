package id.regsosek.bench;

import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The regency benchmark's operation: Kabupaten Bekasi's frame, every SLS (or the first {@code slsCount}) given
 * {@code perSls} prelist families and an approved assignment, staffed as the operation is: a PPL per SLS, a PML per
 * four PPL of a district, a Koseka per district (about 5,300 officers for the regency's 4,206 SLS), each with a
 * login whose password is its id. Only ids are kept in memory, so the heap the run prints is the application's.
 */
@BenchmarkComponent
class RegencyFixture {

    static final int PPL_PER_PML = 4;

    record Sls(long id, String district, String ppl) {
    }

    private final JdbcTemplate jdbc;
    private final DemoFrame frame;
    private final RegencyUsers users;
    private final TransactionTemplate tx;

    RegencyFixture(JdbcTemplate jdbc, DemoFrame frame, RegencyUsers users, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.frame = frame;
        this.users = users;
        this.tx = tx;
    }

    List<Sls> prepare(String tag, int slsCount, int perSls) throws java.io.IOException {
        frame.ensure("benchmark");
        List<Map<String, Object>> free = jdbc.queryForList("select s.id, s.district_code from sls s where"
                + " s.regency_code = ? and not exists (select 1 from sls_assignment a where a.sls_id = s.id)"
                + " order by s.district_code, s.id fetch first " + slsCount + " rows only", DemoFrame.REGENCY);
        List<Sls> made = new ArrayList<>();
        String district = null;
        long pml = 0;
        int inDistrict = 0;
        for (Map<String, Object> row : free) {
            long sls = ((Number) row.get("id")).longValue();
            String d = (String) row.get("district_code");
            if (!d.equals(district)) {
                district = d;
                inDistrict = 0;
                officer(tag + "-koseka-" + d.replace(".", ""), "KOSEKA", Groups.KOSEKA, d);
            }
            if (inDistrict++ % PPL_PER_PML == 0) {
                pml = officer(tag + "-pml-" + made.size(), "PML", Groups.PML, d);
            }
            String ppl = tag + "-ppl-" + made.size();
            long pplId = officer(ppl, "PPL", Groups.PPL, d);
            long pmlId = pml;
            tx.executeWithoutResult(s -> {
                jdbc.update("insert into sls_assignment (sls_id, regency_code, district_code, ppl_officer_id,"
                        + " pml_officer_id, status, approved_at) values (?, ?, ?, ?, ?, 'APPROVED', ?)", sls,
                        DemoFrame.REGENCY, d, pplId, pmlId, Timestamp.from(Instant.now()));
                List<Object[]> families = new ArrayList<>();
                for (int k = 0; k < perSls; k++) {
                    families.add(new Object[] {DemoFrame.REGENCY, sls, "Keluarga " + tag + " " + k});
                }
                jdbc.batchUpdate("insert into family (regency_code, sls_id, head_name, origin) values (?, ?, ?,"
                        + " 'PRELIST')", families);
            });
            made.add(new Sls(sls, d, ppl));
        }
        return made;
    }

    /** A login of the regency in the group, its password its id. */
    void login(String user, String group) {
        users.ensure(new RegencyUsers.NewUser(user, group, user, null, user, group, DemoFrame.REGENCY));
    }

    /** A user of the regency with its group, and its officer row; returns the officer's id. */
    long officer(String user, String role, String group, String district) {
        login(user, group);
        jdbc.update("insert into officer (regency_code, officer_code, user_id, name, role, status, home_district_code)"
                + " values (?, ?, ?, ?, ?, 'ACTIVE', ?)", DemoFrame.REGENCY, user.toUpperCase(), user, user, role,
                district);
        return jdbc.queryForObject("select id from officer where user_id = ?", Long.class, user);
    }
}
