package id.regsosek.visit;

import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Test fixtures of household visits, without the recruitment and assignment features: a PPL and a PML (Camunda
 * users and officer rows), a fresh SLS of the regency with an APPROVED assignment, prelist families.
 */
public class VisitFixtures {

    public record Team(long slsId, String slsCode, String regency, String pplUser, long pplOfficerId,
                       String pmlUser, long pmlOfficerId) {
    }

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final RegencyUsers users;
    private final String regency;

    public VisitFixtures(JdbcTemplate jdbc, RegencyUsers users, String regency) {
        this.jdbc = jdbc;
        this.users = users;
        this.regency = regency;
    }

    /** A new team on a fresh SLS (one without any assignment yet). Users' password is "demo". */
    public Team team(String prefix) {
        return team(prefix, jdbc.queryForObject("select s.id from sls s where s.regency_code = ? and"
                + " not exists (select 1 from sls_assignment a where a.sls_id = s.id) order by s.id"
                + " fetch first 1 rows only", Long.class, regency));
    }

    /** A new team on the given SLS, which must have no assignment yet. */
    public Team team(String prefix, long slsIdWanted) {
        String tag = prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
        var sls = jdbc.queryForMap("select s.id, s.code, s.district_code from sls s where s.id = ?", slsIdWanted);
        long slsId = ((Number) sls.get("id")).longValue();
        String district = (String) sls.get("district_code");
        String ppl = "ppl-" + tag;
        String pml = "pml-" + tag;
        users.ensure(new RegencyUsers.NewUser(ppl, "PPL", tag, null, "demo", Groups.PPL, regency));
        users.ensure(new RegencyUsers.NewUser(pml, "PML", tag, null, "demo", Groups.PML, regency));
        long pplId = officer(ppl, "PPL", district);
        long pmlId = officer(pml, "PML", district);
        jdbc.update("insert into sls_assignment (sls_id, regency_code, district_code, ppl_officer_id, pml_officer_id,"
                + " status, approved_at) values (?, ?, ?, ?, ?, 'APPROVED', ?)", slsId, regency, district, pplId,
                pmlId, Timestamp.from(Instant.now()));
        return new Team(slsId, (String) sls.get("code"), regency, ppl, pplId, pml, pmlId);
    }

    private long officer(String user, String role, String district) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("insert into officer (regency_code, officer_code, user_id, name,"
                    + " role, status, home_district_code, email) values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?)",
                    new String[] {"id"});
            ps.setString(1, regency);
            ps.setString(2, user.toUpperCase());
            ps.setString(3, user);
            ps.setString(4, "Petugas " + user);
            ps.setString(5, role);
            ps.setString(6, district);
            ps.setString(7, user + "@test.regsosek.example");
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    public List<Long> families(Team team, int n) {
        List<Long> ids = new ArrayList<>();
        // Numbered on from the SLS's families so far: a second call adds families, it does not collide.
        int before = jdbc.queryForObject("select count(*) from family where sls_id = ?", Integer.class, team.slsId());
        for (int i = 0; i < n; i++) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            int no = before + i + 1;
            jdbc.update(c -> {
                PreparedStatement ps = c.prepareStatement("insert into family (regency_code, sls_id, kk_number,"
                        + " head_name, address, origin) values (?, ?, ?, ?, ?, 'PRELIST')", new String[] {"id"});
                ps.setString(1, team.regency());
                ps.setLong(2, team.slsId());
                ps.setString(3, String.format("3216%012d", team.slsId() * 1000 + no));
                ps.setString(4, "Kepala Keluarga " + no);
                ps.setString(5, "Jl. Contoh No. " + no);
                return ps;
            }, key);
            ids.add(key.getKey().longValue());
        }
        return ids;
    }
}
