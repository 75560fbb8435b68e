package id.regsosek.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import id.regsosek.forum.VillageForumProcess;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The village forums after the ranking is published: the regency admin imports one official per village
 * ({@code POST /api/forums/officials}); each official logs in with the first password its mail gave, downloads its
 * village's list, and holds the forum: the families it corrects (drawn from the seed and each family's key, SLS code
 * and head name, as their behaviour) go partly in the forum's corrections file ({@code POST
 * /api/forums/{campaign}/villages/{village}/corrections}), the others keyed in the task's form; a forum with none
 * drawn is held without corrections. The task is completed as Tasklist does, with the form's own fields.
 */
final class ForumActors {

    /** The "corrections" field's maxLength in forms/forum-hold.form. */
    static final int KEYED_MAX = 4000;
    private static final Pattern FIRST_PASSWORD = Pattern.compile("Kata sandi awal: (\\S+)");
    private static final List<String> FILE_REASONS = List.of("tidak_miskin", "miskin_terlewat", "pindah");

    private final SimHttp http;
    private final JdbcTemplate mailbox;
    private final SimulationOptions o;
    /** The families the forums sent back to the field, as the officials know them (their list's ids). */
    final Set<Long> corrected = ConcurrentHashMap.newKeySet();
    final Map<String, AtomicInteger> events = new ConcurrentHashMap<>();

    /**
     * @param mailbox where the officials read their mail: the first-login mails in the outbox (a command-line run
     *                sends none; nothing else is read)
     */
    ForumActors(SimHttp http, JdbcTemplate mailbox, SimulationOptions o) {
        this.http = http;
        this.mailbox = mailbox;
        this.o = o;
    }

    /** The villages whose forum is open, as the admin's overview lists them. */
    static List<String> openForums(SimHttp http, String admin, String campaign) {
        List<String> villages = new ArrayList<>();
        for (JsonNode forum : http.get(admin, "/api/forums/" + campaign)) {
            if ("OPEN".equals(forum.get("status").asText())) {
                villages.add(forum.get("villageCode").asText());
            }
        }
        return villages;
    }

    /** The admin imports one official per village; each reads its first password in its mail. */
    Map<String, String> importOfficials(String admin, List<String> villages) {
        StringBuilder csv = new StringBuilder("username,full_name,email,phone,village_code\n");
        Map<String, String> official = new LinkedHashMap<>();
        for (String village : villages) {
            String user = "sim-desa-" + village.replace(".", "");
            csv.append(user).append(",Perangkat Desa ").append(village.replace(".", "")).append(',').append(user)
                    .append("@simulasi.example,,").append(village).append('\n');
            official.put(village, user);
        }
        http.upload(admin, "/api/forums/officials", "perangkat-desa-simulasi.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        for (String user : official.values()) {
            // Until the outbox has sent it the mail's body holds the password (afterwards only the hidden copy).
            List<String> mails = mailbox.queryForList("select body from mail_outbox where template ="
                    + " 'village-official-login' and reference = ?", String.class, user);
            Matcher m = mails.isEmpty() ? null : FIRST_PASSWORD.matcher(mails.get(0));
            if (m == null || !m.find()) {
                throw new IllegalStateException("official " + user + " finds no first-login mail in the outbox:"
                        + " with a running outbox sender (--regsosek.mail.outbox.worker=true) it may be sent already");
            }
            http.password(user, m.group(1));
            count("official-imported");
        }
        return official;
    }

    /** The official holds its village's forum; returns how many families it corrected. */
    int hold(String official, String campaign, String village) {
        String list = http.text(official, "/api/forums/" + campaign + "/villages/" + village + "/list.csv");
        StringBuilder file = new StringBuilder("family_id,reason,note\n");
        StringBuilder keyed = new StringBuilder();
        int inFile = 0;
        int typed = 0;
        String[] lines = list.split("\\r?\\n");
        for (int i = 1; i < lines.length; i++) {
            String[] c = lines[i].replace("\"", "").split(",");
            if (c.length < 3) {
                continue;
            }
            SplittableRandom r = new SplittableRandom(o.seed() * 0x2545F4914F6CDD1DL + (c[0] + "|" + c[2]).hashCode());
            if (r.nextDouble() >= o.rates().forumCorrection()) {
                continue;
            }
            corrected.add(Long.parseLong(c[1]));
            String line = c[1] + "; Warga menyatakan keluarga ini sudah mampu\n";
            // The form's field holds at most KEYED_MAX characters: a village with many corrections puts the rest in
            // the file, as an official would once the field is full.
            if (r.nextBoolean() || keyed.length() + line.length() > KEYED_MAX) {
                file.append(c[1]).append(',').append(FILE_REASONS.get(r.nextInt(FILE_REASONS.size())))
                        .append(",Disampaikan warga di forum\n");
                inFile++;
            } else {
                keyed.append(line);
                typed++;
            }
        }
        if (inFile > 0) {
            http.upload(official, "/api/forums/" + campaign + "/villages/" + village + "/corrections",
                    "koreksi-forum-" + village + ".csv", file.toString().getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(VillageForumProcess.VAR_NOTE, OfficeActors.typed("Forum dihadiri warga (simulasi)", "String"));
        if (typed > 0) {
            variables.put(VillageForumProcess.VAR_CORRECTIONS, OfficeActors.typed(keyed.toString(), "String"));
        }
        JsonNode tasks = http.get(official, http.engine("/task?taskDefinitionKey=" + VillageForumProcess.TASK_HOLD
                + "&assignee=" + official));
        if (tasks.size() != 1) {
            throw new IllegalStateException("official " + official + " sees " + tasks.size() + " forum tasks");
        }
        http.post(official, http.engine("/task/" + tasks.get(0).get("id").asText() + "/complete"),
                Map.of("variables", variables));
        count(inFile + typed > 0 ? "forum-with-corrections" : "forum-without-corrections");
        events.computeIfAbsent("forum-correction-file", e -> new AtomicInteger()).addAndGet(inFile);
        events.computeIfAbsent("forum-correction-keyed", e -> new AtomicInteger()).addAndGet(typed);
        return inFile + typed;
    }

    private void count(String event) {
        events.computeIfAbsent(event, e -> new AtomicInteger()).incrementAndGet();
    }
}
