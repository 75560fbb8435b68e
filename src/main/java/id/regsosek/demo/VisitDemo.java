package id.regsosek.demo;

import id.regsosek.visit.VisitStarter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo only (H2 profile): ppl1 and pml1 become officers of one SLS in Tarumajaya (32.16.01) with a small
 * prelist, so Tasklist shows "Kunjungi keluarga" to ppl1 and "Periksa formulir" to pml1. Idempotent; an officer
 * row another feature made for these users is reused.
 */
@Component
@Order(5)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "regsosek.demo.enabled", havingValue = "true")
public class VisitDemo implements ApplicationRunner {

    static final String DISTRICT = "32.16.01";
    static final int FAMILIES = 5;
    private static final Logger log = LoggerFactory.getLogger(VisitDemo.class);

    private final JdbcTemplate jdbc;
    private final VisitStarter starter;
    private final String regency;

    public VisitDemo(JdbcTemplate jdbc, VisitStarter starter, @Value("${regsosek.demo.regency}") String regency) {
        this.jdbc = jdbc;
        this.starter = starter;
        this.regency = regency;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long slsId = prepare();
        if (slsId != null) {
            log.info("demo visits: {} started for ppl1 / pml1", starter.startVisitsForSls(slsId));
        }
    }

    Long prepare() {
        long ppl = officer("ppl1", "PPL");
        long pml = officer("pml1", "PML");
        List<Long> own = jdbc.queryForList("select sls_id from sls_assignment where ppl_officer_id = ?"
                + " and status = 'APPROVED' order by sls_id", Long.class, ppl);
        if (!own.isEmpty()) {
            return own.get(0);
        }
        List<Long> free = jdbc.queryForList("select s.id from sls s where s.district_code = ? and not exists"
                + " (select 1 from sls_assignment a where a.sls_id = s.id) order by s.code fetch first 1 rows only",
                Long.class, DISTRICT);
        if (free.isEmpty()) {
            return null;
        }
        long sls = free.get(0);
        jdbc.update("insert into sls_assignment (sls_id, regency_code, district_code, ppl_officer_id, pml_officer_id,"
                + " status, approved_at) values (?, ?, ?, ?, ?, 'APPROVED', ?)", sls, regency, DISTRICT, ppl, pml,
                Timestamp.from(Instant.now()));
        for (int i = 1; i <= FAMILIES; i++) {
            jdbc.update("insert into family (regency_code, sls_id, kk_number, head_name, address, origin)"
                    + " values (?, ?, ?, ?, ?, 'PRELIST')", regency, sls, String.format("321601%010d", sls * 100 + i),
                    "Keluarga Demo " + i, "RT 001 RW 001 No. " + i);
        }
        return sls;
    }

    private long officer(String user, String role) {
        List<Long> found = jdbc.queryForList("select id from officer where user_id = ?", Long.class, user);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        jdbc.update("insert into officer (regency_code, officer_code, user_id, name, role, status, home_district_code,"
                + " email) values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?)", regency, "DEMO-" + user.toUpperCase(), user,
                "Petugas demo " + user, role, DISTRICT, user + "@demo.regsosek.example");
        return jdbc.queryForObject("select id from officer where user_id = ?", Long.class, user);
    }
}
