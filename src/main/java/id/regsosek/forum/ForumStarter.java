package id.regsosek.forum;

import id.regsosek.identity.SystemCalls;
import id.regsosek.identity.TenantFromRegency;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Opens a forum for every village with ranked families of a campaign (once per campaign and village: the row is
 * written first and its key forbids a second), each its own village-forum instance, due
 * {@code regsosek.forum.due} (P14D) later.
 */
@Service
public class ForumStarter {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Jakarta"));

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final ForumRows rows;
    private final Duration due;

    public ForumStarter(JdbcTemplate jdbc, RuntimeService runtime, IdentityService identity, ForumRows rows,
                        @Value("${regsosek.forum.due:P14D}") Duration due) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.identity = identity;
        this.rows = rows;
        this.due = due;
    }

    /** @return how many forums were opened */
    public int startForCampaign(String regency, String campaign) {
        List<Map<String, Object>> villages = jdbc.queryForList("select v.code, v.name from village v where"
                + " v.regency_code = ? and exists (select 1 from family_rank r join family f on f.id = r.family_id"
                + " join sls s on s.id = f.sls_id where r.regency_code = ? and r.campaign_key = ? and s.village_code ="
                + " v.code) order by v.code", regency, regency, campaign);
        Instant dueAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(due);
        int opened = 0;
        for (Map<String, Object> v : villages) {
            String village = (String) v.get("code");
            if (!rows.open(campaign, village, regency, dueAt)) {
                continue;
            }
            Map<String, Object> variables = Map.of(TenantFromRegency.REGENCY_VARIABLE, regency,
                    VillageForumProcess.VAR_VILLAGE_INFO, "Desa " + v.get("name") + " (" + village + "), kegiatan "
                            + campaign + "; batas waktu " + SHOWN.format(dueAt),
                    VillageForumProcess.VAR_LIST_LINK, ForumController.listPath(campaign, village),
                    VillageForumProcess.VAR_DUE, Date.from(dueAt));
            SystemCalls.asSystem(identity, () -> runtime.startProcessInstanceByKey(VillageForumProcess.KEY,
                    ForumSubject.key(campaign, village), variables));
            opened++;
        }
        return opened;
    }
}
