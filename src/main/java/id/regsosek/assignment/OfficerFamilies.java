package id.regsosek.assignment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The families of an officer's SLS as the officer works them: head, address, building, result so far, attempts,
 * and the officer's own open task on each (linked into Tasklist). One query per officer page; no personal data
 * beyond what the prelist names (no NIK, no KK number).
 */
@Service
public class OfficerFamilies {

    public record Family(long id, String slsCode, String head, String address, String buildingNo, String origin,
                         Integer resultCode, int attempts, String taskId, String taskKind) {

        public String resultText() {
            return resultCode == null ? "belum final" : switch (resultCode) {
                case 1 -> "1 Lengkap";
                case 2 -> "2 Tidak lengkap";
                case 3 -> "3 Tidak ada responden";
                case 4 -> "4 Menolak";
                case 5 -> "5 Pindah / bangunan tidak ada";
                default -> String.valueOf(resultCode);
            };
        }

        /** What the officer has to do on it now, in its words (the open task's kind), or empty. */
        public String todo() {
            return taskKind == null ? "" : TASKS.getOrDefault(taskKind, taskKind);
        }
    }

    private static final Map<String, String> TASKS = Map.of(
            "Task_VisitFamily", "Kunjungi keluarga",
            "Task_CorrectForm", "Perbaiki formulir",
            "Task_CheckForm", "Periksa formulir",
            "Task_NonContactHelp", "Bantu menemui keluarga",
            "Task_ConvincePml", "Yakinkan keluarga",
            "Task_ConvinceOfficial", "Yakinkan keluarga (Koseka)",
            "Task_ConfirmMove", "Konfirmasi pindah");

    private final JdbcTemplate jdbc;

    public OfficerFamilies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The families of the user's SLS (as PPL or PML, active officer records only), grouped by SLS code. */
    public Map<String, List<Family>> ofUser(String userId) {
        List<Family> all = jdbc.query("select f.id, s.code, f.head_name, f.address, f.building_no, f.origin,"
                + " f.result_code, (select count(*) from visit_attempt v where v.family_id = f.id),"
                + " (select min(t.task_id) from visit_task t where t.family_id = f.id and t.assignee = ?),"
                + " (select min(t.kind) from visit_task t where t.family_id = f.id and t.assignee = ?)"
                + " from family f join sls s on s.id = f.sls_id where f.sls_id in (select a.sls_id from sls_assignment"
                + " a join officer o on o.id = a.ppl_officer_id or o.id = a.pml_officer_id where o.user_id = ?"
                + " and o.status = 'ACTIVE') order by s.code, f.building_no, f.id", (rs, i) -> new Family(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                (Integer) rs.getObject(7) == null ? null : rs.getInt(7), rs.getInt(8), rs.getString(9),
                rs.getString(10)), userId, userId, userId);
        Map<String, List<Family>> bySls = new LinkedHashMap<>();
        all.forEach(f -> bySls.computeIfAbsent(f.slsCode(), k -> new java.util.ArrayList<>()).add(f));
        return bySls;
    }
}
