package id.regsosek.bench;

import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.visit.VisitProcess;
import id.regsosek.visit.VisitSettings;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Data of the benchmark command: Kabupaten Bekasi's frame (from the demo files, idempotent), SLS without an
 * assignment given a PPL and a PML each (users named after the run), and prelist families in them.
 */
@BenchmarkComponent
public class BenchmarkFixtures {

    static final String REGENCY = DemoFrame.REGENCY;

    public record Officer(long id, String userId) {
    }

    public record Setup(String regency, List<Long> slsIds, List<Long> familyIds, Map<Long, long[]> familySls,
                        List<Officer> ppl, List<Officer> pml) {

        List<Long> familiesOf(long slsId) {
            return familyIds.stream().filter(f -> familySls.get(f)[0] == slsId).toList();
        }

        Officer pplOf(long familyId) {
            return ppl.get((int) familySls.get(familyId)[1]);
        }

        Map<String, Object> variables(long familyId, VisitSettings settings) {
            long[] s = familySls.get(familyId);
            Map<String, Object> v = new HashMap<>();
            v.put(TenantFromRegency.REGENCY_VARIABLE, regency);
            v.put(VisitProcess.FAMILY_ID, familyId);
            v.put(VisitProcess.SLS_ID, s[0]);
            v.put(VisitProcess.PPL_USER, ppl.get((int) s[1]).userId());
            v.put(VisitProcess.PML_USER, pml.get((int) s[1]).userId());
            v.put(VisitProcess.MAX_ATTEMPT_DAYS, settings.maxAttemptDays());
            return v;
        }
    }

    private final JdbcTemplate jdbc;
    private final DemoFrame frame;
    private final RegencyUsers users;

    public BenchmarkFixtures(JdbcTemplate jdbc, DemoFrame frame, RegencyUsers users) {
        this.jdbc = jdbc;
        this.frame = frame;
        this.users = users;
    }

    public Setup prepare(String tag, int families, int slsSize) throws IOException {
        frame.ensure("benchmark");
        int slsCount = (families + slsSize - 1) / slsSize;
        List<Map<String, Object>> free = jdbc.queryForList("select s.id, s.district_code from sls s where"
                + " s.regency_code = ? and not exists (select 1 from sls_assignment a where a.sls_id = s.id)"
                + " order by s.id fetch first " + slsCount + " rows only", REGENCY);
        if (free.size() < slsCount) {
            throw new IllegalArgumentException("only " + free.size() + " SLS without assignment are left");
        }
        List<Long> slsIds = new ArrayList<>();
        List<Officer> ppl = new ArrayList<>();
        List<Officer> pml = new ArrayList<>();
        List<Long> familyIds = new ArrayList<>();
        Map<Long, long[]> familySls = new HashMap<>();
        for (int i = 0; i < slsCount; i++) {
            long sls = ((Number) free.get(i).get("id")).longValue();
            String district = (String) free.get(i).get("district_code");
            ppl.add(officer(tag + "-ppl-" + i, "PPL", Groups.PPL, district));
            pml.add(officer(tag + "-pml-" + i, "PML", Groups.PML, district));
            jdbc.update("insert into sls_assignment (sls_id, regency_code, district_code, ppl_officer_id,"
                    + " pml_officer_id, status, approved_at) values (?, ?, ?, ?, ?, 'APPROVED', ?)", sls, REGENCY,
                    district, ppl.get(i).id(), pml.get(i).id(), Timestamp.from(Instant.now()));
            int inSls = Math.min(slsSize, families - i * slsSize);
            List<Object[]> rows = new ArrayList<>();
            for (int k = 0; k < inSls; k++) {
                rows.add(new Object[] {REGENCY, sls, "Keluarga " + tag + " " + k});
            }
            jdbc.batchUpdate("insert into family (regency_code, sls_id, head_name, origin) values (?, ?, ?,"
                    + " 'PRELIST')", rows);
            for (long f : jdbc.queryForList("select id from family where sls_id = ? order by id", Long.class, sls)) {
                familyIds.add(f);
                familySls.put(f, new long[] {sls, i});
            }
            slsIds.add(sls);
        }
        return new Setup(REGENCY, slsIds, familyIds, familySls, ppl, pml);
    }

    private Officer officer(String user, String role, String group, String district) {
        users.ensure(new RegencyUsers.NewUser(user, role, user, null, user, group, REGENCY));
        jdbc.update("insert into officer (regency_code, officer_code, user_id, name, role, status, home_district_code)"
                + " values (?, ?, ?, ?, ?, 'ACTIVE', ?)", REGENCY, user.toUpperCase(), user, user, role, district);
        return new Officer(jdbc.queryForObject("select id from officer where user_id = ?", Long.class, user), user);
    }
}
