package id.regsosek.demo;

import id.regsosek.signoff.SignoffStarter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo only (H2 profile): the SLS the demo PML (pml1) covers gets its sign-off, so once ppl1's and pml1's demo
 * families are final, pml1 sees "Setujui SLS", then koseka1 and admin the next steps. Idempotent.
 */
@Component
@Order(6)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "regsosek.demo.enabled", havingValue = "true")
public class SignoffDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SignoffDemo.class);

    private final JdbcTemplate jdbc;
    private final SignoffStarter starter;

    public SignoffDemo(JdbcTemplate jdbc, SignoffStarter starter) {
        this.jdbc = jdbc;
        this.starter = starter;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> sls = jdbc.queryForList("select a.sls_id from sls_assignment a join officer o on o.id ="
                + " a.pml_officer_id where o.user_id = 'pml1' and a.status = 'APPROVED' and not exists (select 1"
                + " from sls_signoff s where s.sls_id = a.sls_id) order by a.sls_id", Long.class);
        sls.forEach(starter::startForSls);
        if (!sls.isEmpty()) {
            log.info("demo sign-off started for {} SLS of pml1", sls.size());
        }
    }
}
