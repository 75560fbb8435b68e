package id.regsosek.forum;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** village_forum, its corrections and the village officials: written in the engine's transaction. */
@Repository
public class ForumRows {

    private final JdbcTemplate jdbc;

    public ForumRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when the forum is new (a campaign's village holds one forum, however often it is published) */
    public boolean open(String campaign, String village, String regency, Instant due) {
        return jdbc.update("insert into village_forum (campaign_key, village_code, regency_code, status, started_at,"
                + " due_at) select ?, ?, ?, 'OPEN', ?, ? from village where code = ? and not exists (select 1 from"
                + " village_forum where campaign_key = ? and village_code = ?)", campaign, village, regency,
                Timestamp.from(Instant.now()), Timestamp.from(due), village, campaign, village) == 1;
    }

    /** The village's official who holds the forum (the first by user id when there are several), or null. */
    public String official(String village) {
        List<String> users = jdbc.queryForList("select user_id from village_official where village_code = ?"
                + " order by user_id", String.class, village);
        return users.isEmpty() ? null : users.get(0);
    }

    /** The village a village official is bound to, or null. */
    public String villageOf(String userId) {
        List<String> v = jdbc.queryForList("select village_code from village_official where user_id = ?",
                String.class, userId);
        return v.isEmpty() ? null : v.get(0);
    }

    public void held(ForumSubject.Forum f, Map<Long, String> corrections, String note, String user) {
        for (Map.Entry<Long, String> c : corrections.entrySet()) {
            jdbc.update("insert into village_forum_correction (campaign_key, village_code, family_id, reason)"
                    + " values (?, ?, ?, ?)", f.campaign(), f.village(), c.getKey(), c.getValue());
        }
        jdbc.update("update village_forum set status = 'HELD', held_at = ?, held_by = ?, corrections = ?, note = ?"
                + " where campaign_key = ? and village_code = ?", Timestamp.from(Instant.now()), user,
                corrections.size(), note, f.campaign(), f.village());
    }

    public Map<Long, String> corrections(ForumSubject.Forum f) {
        Map<Long, String> out = new LinkedHashMap<>();
        jdbc.query("select family_id, reason from village_forum_correction where campaign_key = ? and"
                + " village_code = ? order by family_id", rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                }, f.campaign(), f.village());
        return out;
    }

    public void late(ForumSubject.Forum f) {
        jdbc.update("update village_forum set late = true, reminded_at = ? where campaign_key = ? and"
                + " village_code = ?", Timestamp.from(Instant.now()), f.campaign(), f.village());
    }
}
