package id.regsosek.forum;

import id.regsosek.ranking.ConsultationCorrections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On completion of a village's forum task: reads the keyed corrections (one per line, {@code family id; reason},
 * a comma as in a pasted CSV line also works, a header line is skipped), refuses the whole form in Indonesian
 * naming the line when one is wrong (not a ranked family of this village, no reason, named twice or already in the
 * forum's uploaded file, cannot go back to the field), and keeps them with the forum besides the uploaded ones. The
 * re-verification step reads them all from there.
 */
@Component("recordVillageForum")
public class RecordForumListener implements TaskListener {

    static final int MAX_REASON = 500;

    private final ForumRows rows;
    private final ConsultationCorrections corrections;

    public RecordForumListener(ForumRows rows, ConsultationCorrections corrections) {
        this.rows = rows;
        this.corrections = corrections;
    }

    @Override
    public void notify(DelegateTask task) {
        ForumSubject.Forum forum = ForumSubject.of(task);
        if (!"OPEN".equals(rows.lockStatus(forum))) {
            throw new IllegalStateException("Forum desa " + forum.village() + " sudah dilaporkan");
        }
        Map<Long, String> accepted = parse(forum, text(task, VillageForumProcess.VAR_CORRECTIONS));
        String note = text(task, VillageForumProcess.VAR_NOTE);
        int total = rows.held(forum, accepted, note, user(task));
        task.setVariable(VillageForumProcess.VAR_HAS_CORRECTIONS, total > 0);
    }

    Map<Long, String> parse(ForumSubject.Forum forum, String text) {
        Map<Long, String> out = new LinkedHashMap<>();
        Map<Long, Integer> uploaded = rows.uploaded(forum);
        if (text == null) {
            return out;
        }
        String[] lines = text.split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            int no = i + 1;
            if (line.isEmpty() || i == 0 && line.toLowerCase().startsWith("family_id")) {
                continue;
            }
            String[] parts = line.split("[;,]", 2);
            String id = parts[0].trim();
            String reason = parts.length > 1 ? parts[1].trim() : "";
            if (!id.matches("\\d{1,18}") || !rows.inVillage(forum, Long.parseLong(id))) {
                throw refused(no, "'" + id + "' bukan keluarga berperingkat di desa " + forum.village());
            }
            long family = Long.parseLong(id);
            if (reason.isEmpty()) {
                throw refused(no, "alasan forum untuk keluarga " + id + " wajib diisi");
            }
            if (reason.length() > MAX_REASON) {
                throw refused(no, "alasan lebih dari " + MAX_REASON + " karakter");
            }
            if (out.putIfAbsent(family, reason) != null) {
                throw refused(no, "keluarga " + id + " disebut dua kali");
            }
            if (uploaded.containsKey(family)) {
                throw refused(no, "keluarga " + id + " sudah ada di berkas koreksi yang diunggah (baris "
                        + uploaded.get(family) + ")");
            }
            if (!corrections.readyForTheField(forum.regency(), family)) {
                throw refused(no, "keluarga " + id + " tidak bisa dikunjungi ulang: SLS-nya belum punya PPL dan PML"
                        + " yang disetujui");
            }
        }
        return out;
    }

    private static IllegalArgumentException refused(int line, String why) {
        return new IllegalArgumentException("Koreksi baris " + line + ": " + why);
    }

    private static String text(DelegateTask task, String name) {
        Object v = task.getVariable(name);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }

    private static String user(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
    }
}
