package id.regsosek.assignment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Koseka's moves, one per line: {@code SLS_CODE -> OFFICER_CODE} gives an SLS to a PPL (it joins that PPL's
 * PML) or to a PML; {@code PPL_CODE -> PML_CODE} puts a PPL with all its SLS under another PML. Every line is
 * checked before any is applied; a bad line rejects them all, naming the line and the reason. Since each SLS has
 * exactly one row, a move can neither double nor uncover an SLS; {@link #requireCovered} checks the rest.
 */
@Service
public class MoveService {

    private record Move(int line, String from, Officers.Officer to, Long slsId, Officers.Officer fromPpl) {
    }

    private final JdbcTemplate jdbc;
    private final Officers officers;
    private final PlanStore plans;

    public MoveService(JdbcTemplate jdbc, Officers officers, PlanStore plans) {
        this.jdbc = jdbc;
        this.officers = officers;
        this.plans = plans;
    }

    /** @return how many moves were applied */
    @Transactional
    public int apply(String district, String text, String userId, Long dropoutId) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        List<String> errors = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            parse(district, i + 1, line, errors).ifPresent(m -> {
                Integer first = seen.putIfAbsent(m.from(), m.line());
                if (first != null) {
                    errors.add("line " + m.line() + ": " + m.from() + " is already moved on line " + first);
                } else {
                    moves.add(m);
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("moves rejected, nothing changed: " + String.join("; ", errors));
        }
        moves.forEach(m -> write(district, m, userId, dropoutId));
        plans.measure(district);
        return moves.size();
    }

    private Optional<Move> parse(String district, int n, String line, List<String> errors) {
        String[] parts = line.split("->");
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            errors.add("line " + n + ": expected 'SLS_CODE -> OFFICER_CODE', got '" + line + "'");
            return Optional.empty();
        }
        String from = parts[0].trim();
        Officers.Officer to = officer(parts[1].trim());
        if (to == null || !district.equals(to.districtCode()) || !to.active() || "KOSEKA".equals(to.role())) {
            errors.add("line " + n + ": " + parts[1].trim() + " is not an active PPL or PML of district " + district);
            return Optional.empty();
        }
        Long sls = jdbc.query("select id from sls where code = ? and district_code = ?", (rs, i) -> rs.getLong(1),
                from, district).stream().findFirst().orElse(null);
        if (sls != null) {
            return Optional.of(new Move(n, from, to, sls, null));
        }
        Officers.Officer ppl = officer(from);
        if (ppl != null && "PPL".equals(ppl.role()) && district.equals(ppl.districtCode()) && "PML".equals(to.role())) {
            return Optional.of(new Move(n, from, to, null, ppl));
        }
        errors.add("line " + n + ": " + from + " is neither an SLS of district " + district
                + " nor a PPL of it moved under a PML");
        return Optional.empty();
    }

    private Officers.Officer officer(String code) {
        try {
            return officers.byCode(code);
        } catch (id.regsosek.common.NotFoundException e) {
            return null;
        }
    }

    private void write(String district, Move m, String userId, Long dropoutId) {
        if (m.slsId() == null) {
            List<Long> slsIds = jdbc.queryForList("select sls_id from sls_assignment where district_code = ?"
                    + " and ppl_officer_id = ?", Long.class, district, m.fromPpl().id());
            for (Long sls : slsIds) {
                log(district, sls, "PML", m.to().id(), userId, dropoutId);
            }
            jdbc.update("update sls_assignment set pml_officer_id = ? where district_code = ? and ppl_officer_id = ?",
                    m.to().id(), district, m.fromPpl().id());
        } else if ("PML".equals(m.to().role())) {
            log(district, m.slsId(), "PML", m.to().id(), userId, dropoutId);
            jdbc.update("update sls_assignment set pml_officer_id = ? where sls_id = ?", m.to().id(), m.slsId());
        } else {
            log(district, m.slsId(), "PPL", m.to().id(), userId, dropoutId);
            // The SLS joins its new PPL's supervisor; a PPL without SLS yet keeps the SLS's current PML.
            Long pml = jdbc.queryForList("select min(pml_officer_id) from sls_assignment where ppl_officer_id = ?"
                    + " and district_code = ?", Long.class, m.to().id(), district).get(0);
            jdbc.update("update sls_assignment set ppl_officer_id = ?, pml_officer_id = coalesce(?, pml_officer_id)"
                    + " where sls_id = ?", m.to().id(), pml, m.slsId());
        }
    }

    /** Logs one SLS's change of officer (from = the current officer of that role). */
    void log(String district, long slsId, String role, long to, String userId, Long dropoutId) {
        String kind = dropoutId == null ? "MOVE" : "SPREAD";
        log(district, slsId, role, to, userId, dropoutId, kind, null);
    }

    void log(String district, long slsId, String role, long to, String userId, Long dropoutId, String kind,
             String reason) {
        String column = "PPL".equals(role) ? "ppl_officer_id" : "pml_officer_id";
        jdbc.update("insert into assignment_move (regency_code, district_code, sls_id, role, from_officer_id,"
                + " to_officer_id, kind, dropout_id, reason, moved_by, moved_at)"
                + " select regency_code, district_code, sls_id, ?, " + column + ", ?, ?, ?, ?, ?, ?"
                + " from sls_assignment where sls_id = ?", role, to, kind, dropoutId, reason, userId,
                Timestamp.from(Instant.now()), slsId);
    }

    /** Every SLS of the district has an active PPL and PML, unless its work is already finished. */
    public void requireCovered(String district, AssignmentRows rows) {
        List<String> open = new ArrayList<>();
        for (AssignmentRows.Row r : rows.district(district)) {
            boolean pplOk = r.pplId() != null && ("ACTIVE".equals(r.pplStatus()) || r.finished());
            boolean pmlOk = r.pmlId() != null && ("ACTIVE".equals(r.pmlStatus()) || r.finished());
            if (!pplOk || !pmlOk) {
                open.add(r.slsCode());
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException(open.size() + " SLS of district " + district
                    + " have no active PPL or PML: " + String.join(", ", open.subList(0, Math.min(10, open.size()))));
        }
    }
}
