package id.regsosek.demo;

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
 * Demo only (H2 profile): the demo village official (desa1) is bound to the village of the demo's families (ppl1's
 * SLS, made by VisitDemo), so once the handover publishes the ranking, desa1 gets that village's "Forum konsultasi
 * desa". The same row the regency admin's {@code PUT /api/forums/officials/desa1} writes. Idempotent.
 */
@Component
@Order(7)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "regsosek.demo.enabled", havingValue = "true")
public class ForumDemo implements ApplicationRunner {

    static final String OFFICIAL = "desa1";
    private static final Logger log = LoggerFactory.getLogger(ForumDemo.class);

    private final JdbcTemplate jdbc;
    private final String regency;

    public ForumDemo(JdbcTemplate jdbc, @Value("${regsosek.demo.regency}") String regency) {
        this.jdbc = jdbc;
        this.regency = regency;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> village = jdbc.queryForList("select s.village_code from sls_assignment a join officer o on"
                + " o.id = a.ppl_officer_id join sls s on s.id = a.sls_id where o.user_id = 'ppl1' and"
                + " a.regency_code = ? and a.status = 'APPROVED' order by a.sls_id fetch first 1 rows only",
                String.class, regency);
        if (village.isEmpty() || jdbc.queryForObject("select count(*) from village_official where user_id = ?",
                Integer.class, OFFICIAL) > 0) {
            return;
        }
        jdbc.update("insert into village_official (user_id, regency_code, village_code) values (?, ?, ?)", OFFICIAL,
                regency, village.get(0));
        log.info("demo village official {} bound to village {}", OFFICIAL, village.get(0));
    }
}
