package id.regsosek.forum;

import id.regsosek.common.NotFoundException;
import id.regsosek.csv.CsvWriter;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import id.regsosek.identity.SystemCalls;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Village forums over HTTP. The village's list (no NIK, no score) for its own official, the regency admin and
 * managers: {@code /forum/{campaign}/{village}/daftar.csv} (the link on the forum task, session login) or
 * {@code /api/forums/{campaign}/villages/{village}/list.csv}. The admin's overview of a campaign's forums:
 * {@code GET /api/forums/{campaign}}. Binding an official to its village: {@code PUT /api/forums/officials/{user}}.
 * Another regency's village answers as an unknown one.
 */
@RestController
public class ForumController {

    public record ForumView(String villageCode, String villageName, String status, String official, Instant dueAt,
                            boolean late, Instant heldAt, String heldBy, int corrections) {
    }

    public record OfficialBinding(String village) {
    }

    private final JdbcTemplate jdbc;
    private final ForumRows rows;
    private final IdentityService identity;

    public ForumController(JdbcTemplate jdbc, ForumRows rows, IdentityService identity) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.identity = identity;
    }

    /** The link the forum task shows (session login, as Tasklist's page has it). */
    public static String listPath(String campaign, String village) {
        return "/forum/" + campaign + "/" + village + "/daftar.csv";
    }

    @GetMapping({"/forum/{campaign}/{village}/daftar.csv", "/api/forums/{campaign}/villages/{village}/list.csv"})
    public ResponseEntity<String> list(@PathVariable String campaign, @PathVariable String village) {
        RegsosekUser user = CurrentUser.get();
        String regency = ownVillage(village);
        boolean office = user.inGroup(Groups.REGENCY_ADMIN) || user.inGroup(Groups.MANAGER);
        if (!office && !(user.inGroup(Groups.VILLAGE_OFFICIAL) && village.equals(rows.villageOf(user.userId())))) {
            throw new AccessDeniedException("Daftar desa " + village + " hanya untuk perangkat desa itu dan kantor"
                    + " BPS kabupaten");
        }
        List<List<Object>> lines = new ArrayList<>();
        jdbc.query("select s.code, f.id, f.head_name, f.address, r.decile from family_rank r join family f on f.id ="
                + " r.family_id join sls s on s.id = f.sls_id where r.regency_code = ? and r.campaign_key = ? and"
                + " s.village_code = ? order by s.code, f.id", rs -> {
                    lines.add(List.of(rs.getString(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4) == null ? "" : rs.getString(4), rs.getInt(5)));
                }, regency, campaign, village);
        String body = CsvWriter.write(List.of("sls", "family_id", "head_name", "address", "decile"), lines);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"desa-" + village + ".csv\"")
                .body(body);
    }

    @GetMapping("/api/forums/{campaign}")
    public List<ForumView> overview(@PathVariable String campaign) {
        CurrentUser.requireGroup(Groups.REGENCY_ADMIN, Groups.MANAGER);
        return jdbc.query("select f.village_code, v.name, f.status, (select min(o.user_id) from village_official o"
                + " where o.village_code = f.village_code), f.due_at, f.late, f.held_at, f.held_by, f.corrections"
                + " from village_forum f join village v on v.code = f.village_code where f.regency_code = ? and"
                + " f.campaign_key = ? order by f.late desc, f.status, f.village_code", (rs, i) -> new ForumView(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8),
                        rs.getInt(9)), CurrentUser.regency(), campaign);
    }

    @PutMapping("/api/forums/officials/{userId}")
    @Transactional
    public OfficialBinding bind(@PathVariable String userId, @RequestBody OfficialBinding binding) {
        CurrentUser.requireGroup(Groups.REGENCY_ADMIN);
        String regency = ownVillage(binding == null ? null : binding.village());
        long official = SystemCalls.asSystem(identity, () -> identity.createUserQuery().userId(userId)
                .memberOfGroup(Groups.VILLAGE_OFFICIAL).memberOfTenant(regency).count());
        if (official == 0) {
            throw new NotFoundException("Pengguna " + userId + " bukan perangkat desa di wilayah Anda");
        }
        jdbc.update("delete from village_official where user_id = ?", userId);
        jdbc.update("insert into village_official (user_id, regency_code, village_code) values (?, ?, ?)", userId,
                regency, binding.village());
        return binding;
    }

    /** The caller's regency when the village is one of it; else "not found", as for one that does not exist. */
    private String ownVillage(String village) {
        String regency = CurrentUser.regency();
        if (village == null || jdbc.queryForObject("select count(*) from village where code = ? and regency_code = ?",
                Integer.class, village, regency) == 0) {
            throw new NotFoundException("Desa " + village + " tidak ada di wilayah Anda");
        }
        return regency;
    }
}
