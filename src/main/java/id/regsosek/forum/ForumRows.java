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

    /**
     * The forum is held: the keyed corrections join those its official uploaded (already kept, FILE), and the
     * forum counts them all.
     * @return how many corrections the forum has
     */
    public int held(ForumSubject.Forum f, Map<Long, String> keyed, String note, String user) {
        for (Map.Entry<Long, String> c : keyed.entrySet()) {
            jdbc.update("insert into village_forum_correction (campaign_key, village_code, family_id, reason, source)"
                    + " values (?, ?, ?, ?, 'FORM')", f.campaign(), f.village(), c.getKey(), c.getValue());
        }
        int total = count(f);
        jdbc.update("update village_forum set status = 'HELD', held_at = ?, held_by = ?, corrections = ?, note = ?"
                + " where campaign_key = ? and village_code = ?", Timestamp.from(Instant.now()), user,
                total, note, f.campaign(), f.village());
        return total;
    }

    /** The forum's status (OPEN, HELD), its row locked until the transaction ends; null when there is none. */
    public String lockStatus(ForumSubject.Forum f) {
        List<String> s = jdbc.queryForList("select status from village_forum where campaign_key = ? and village_code"
                + " = ? and regency_code = ? for update", String.class, f.campaign(), f.village(), f.regency());
        return s.isEmpty() ? null : s.get(0);
    }

    /** A family ranked in this campaign and living in the forum's village. */
    public boolean inVillage(ForumSubject.Forum f, long familyId) {
        return jdbc.queryForObject("select count(*) from family_rank r join family f on f.id = r.family_id join sls s"
                + " on s.id = f.sls_id where r.family_id = ? and r.regency_code = ? and r.campaign_key = ?"
                + " and s.village_code = ?", Integer.class, familyId, f.regency(), f.campaign(), f.village()) > 0;
    }

    /** Replaces the forum's uploaded corrections with a file's (family -> row); the forum counts them. */
    public void replaceUploaded(ForumSubject.Forum f, Map<Long, UploadedCorrection> rows) {
        jdbc.update("delete from village_forum_correction where campaign_key = ? and village_code = ? and source ="
                + " 'FILE'", f.campaign(), f.village());
        jdbc.batchUpdate("insert into village_forum_correction (campaign_key, village_code, family_id, reason, source,"
                + " reason_code, line_no) values (?, ?, ?, ?, 'FILE', ?, ?)", rows.values().stream()
                .map(r -> new Object[] {f.campaign(), f.village(), r.familyId(), r.text(), r.reason().code(),
                        r.line()}).toList());
        jdbc.update("update village_forum set corrections = ? where campaign_key = ? and village_code = ?",
                count(f), f.campaign(), f.village());
    }

    /** The families the forum's uploaded file names, with the line each is on. */
    public Map<Long, Integer> uploaded(ForumSubject.Forum f) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        jdbc.query("select family_id, line_no from village_forum_correction where campaign_key = ? and village_code"
                + " = ? and source = 'FILE'", rs -> {
                    out.put(rs.getLong(1), rs.getInt(2));
                }, f.campaign(), f.village());
        return out;
    }

    /** The campaigns whose forum of this village is still open, newest first. */
    public List<String> openCampaigns(String village) {
        return jdbc.queryForList("select campaign_key from village_forum where village_code = ? and status = 'OPEN'"
                + " order by started_at desc", String.class, village);
    }

    /** All the forum's corrections, keyed and uploaded: family -> reason as kept. */
    public Map<Long, String> corrections(ForumSubject.Forum f) {
        Map<Long, String> out = new LinkedHashMap<>();
        jdbc.query("select family_id, reason from village_forum_correction where campaign_key = ? and"
                + " village_code = ? order by family_id", rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                }, f.campaign(), f.village());
        return out;
    }

    private int count(ForumSubject.Forum f) {
        return jdbc.queryForObject("select count(*) from village_forum_correction where campaign_key = ? and"
                + " village_code = ?", Integer.class, f.campaign(), f.village());
    }

    public void late(ForumSubject.Forum f) {
        jdbc.update("update village_forum set late = true, reminded_at = ? where campaign_key = ? and"
                + " village_code = ?", Timestamp.from(Instant.now()), f.campaign(), f.village());
    }
}
