package id.regsosek.ranking;

import id.regsosek.signoff.SignoffState;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The handover_run row of a campaign: forced or not and why, what was packaged and ranked, where it stands. */
@Repository
public class HandoverRuns {

    private final JdbcTemplate jdbc;

    public HandoverRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void started(String campaign, String regency, int missingSls) {
        Timestamp now = Timestamp.from(Instant.now());
        if (jdbc.update("update handover_run set missing_sls = ?, status = 'STARTED', updated_at = ? where"
                + " campaign_key = ?", missingSls, now, campaign) == 0) {
            jdbc.update("insert into handover_run (campaign_key, regency_code, forced, missing_sls, status,"
                    + " updated_at) values (?, ?, false, ?, 'STARTED', ?)", campaign, regency, missingSls, now);
        }
    }

    public void forced(String campaign, String reason) {
        update(campaign, "forced = true, force_reason = ?, status = 'FORCED'", reason);
    }

    public void status(String campaign, String status) {
        update(campaign, "status = ?", status);
    }

    public void packaged(String campaign, String dir, int families) {
        jdbc.update("update handover_run set package_dir = ?, families = ?, status = 'PACKAGED', updated_at = ?"
                + " where campaign_key = ?", dir, families, Timestamp.from(Instant.now()), campaign);
    }

    public void ranked(String campaign, int ranked) {
        jdbc.update("update handover_run set ranked = ?, status = 'RANKED', updated_at = ? where campaign_key = ?",
                ranked, Timestamp.from(Instant.now()), campaign);
    }

    public Map<String, Object> find(String campaign) {
        return jdbc.queryForMap("select * from handover_run where campaign_key = ?", campaign);
    }

    /** SLS of the regency not (yet) accepted, in code order. */
    public List<String> notAccepted(String regency) {
        return jdbc.queryForList("select s.code from sls s left join sls_signoff o on o.sls_id = s.id where"
                + " s.regency_code = ? and (o.status is null or o.status <> ?) order by s.code", String.class,
                regency, SignoffState.ACCEPTED.name());
    }

    private void update(String campaign, String set, Object value) {
        jdbc.update("update handover_run set " + set + ", updated_at = ? where campaign_key = ?", value,
                Timestamp.from(Instant.now()), campaign);
    }
}
