package id.regsosek.recruitment.candidate;

import id.regsosek.identity.SystemCalls;
import id.regsosek.recruitment.RecruitmentProcess;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts one officer-recruitment instance per REGISTERED candidate of a campaign, a chunk per transaction: the
 * start event is async, so a start only writes the instance and one job; screening runs on the job executor.
 * A candidate is marked SCREENING in the same transaction as its start, so a rerun never starts it twice.
 */
@Service
public class CandidateStarter {

    private static final Logger log = LoggerFactory.getLogger(CandidateStarter.class);

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final TransactionTemplate tx;
    private final int chunk;

    private final IdentityService identity;

    public CandidateStarter(JdbcTemplate jdbc, RuntimeService runtime, TransactionTemplate tx,
                            IdentityService identity, @Value("${regsosek.recruitment.start-chunk:500}") int chunk) {
        this.identity = identity;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.tx = tx;
        this.chunk = chunk;
    }

    /** @return how many instances were started */
    public int startAll(String regency, String campaign) {
        long t0 = System.currentTimeMillis();
        int started = 0;
        int n;
        do {
            Integer done = SystemCalls.asSystem(identity, () -> tx.execute(s -> startChunk(regency, campaign)));
            n = done == null ? 0 : done;
            started += n;
        } while (n == chunk);
        log.info("campaign {}: {} recruitment instance(s) started in {} ms", campaign, started,
                System.currentTimeMillis() - t0);
        return started;
    }

    private int startChunk(String regency, String campaign) {
        List<Map<String, Object>> rows = jdbc.queryForList("select id, registration_no, district_code"
                + " from officer_candidate where campaign_key = ? and regency_code = ? and status = 'REGISTERED'"
                + " order by id fetch first " + chunk + " rows only", campaign, regency);
        List<Object[]> started = new java.util.ArrayList<>();
        for (Map<String, Object> r : rows) {
            // The candidate row records its instance: the instance's steps find their candidate by it.
            String instance = runtime.createProcessInstanceByKey(RecruitmentProcess.KEY)
                    .businessKey((String) r.get("registration_no"))
                    .setVariable(id.regsosek.identity.TenantFromRegency.REGENCY_VARIABLE, regency)
                    .setVariable(RecruitmentProcess.CAMPAIGN_KEY, campaign)
                    .setVariable(RecruitmentProcess.DISTRICT_CODE, r.get("district_code"))
                    .execute().getId();
            started.add(new Object[] {instance, r.get("id")});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("update officer_candidate set status = 'SCREENING', process_instance_id = ? where id = ?",
                    started);
        }
        return rows.size();
    }
}
