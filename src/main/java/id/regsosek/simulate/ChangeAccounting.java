package id.regsosek.simulate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The accounting of what changed hands during the run, beside {@link Accounting}'s: the PPL who left (each dropout
 * recorded once, its open tasks moved, nothing left with or lost by the departed officer, every family of the moved
 * SLS finished exactly once) and the village forums' corrections (each one the simulation sent is stored once and
 * made exactly one re-verification visit, which finished). Plain SQL over our tables and the engine's history.
 */
@Component
class ChangeAccounting {

    /** Finished household visits of a family: one, plus one per forum correction of it. */
    static final String FINISHED = "(select count(*) from act_hi_procinst p where p.proc_def_key_ = 'household-visit'"
            + " and p.business_key_ = cast(f.id as varchar(20)) and p.end_time_ is not null and p.end_act_id_ in"
            + " ('End_Final', 'End_ClosedOut', 'End_ClosedOutTold'))";
    static final String CORRECTIONS = "(select count(*) from village_forum_correction c where c.family_id = f.id)";

    private final JdbcTemplate jdbc;

    ChangeAccounting(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void dropouts(String scope, Object[] args, List<String> departed, List<String> d, Map<String, Long> f) {
        f.put("dropout.ppl", count("select count(*) from officer_dropout o where"
                + " o.district_code in (select distinct s.district_code from sls s where" + scope + ")", args));
        if (f.get("dropout.ppl") != departed.size()) {
            d.add("dropouts recorded: " + f.get("dropout.ppl") + ", reported " + departed.size());
        }
        String moved = " from family f join sls s on s.id = f.sls_id where" + scope + " and f.sls_id in (select"
                + " m.sls_id from assignment_move m join officer_dropout o on o.id = m.dropout_id)";
        f.put("dropout.sls-moved", count("select count(distinct f.sls_id)" + moved, args));
        f.put("dropout.tasks-moved", count("select coalesce(sum(o.tasks_moved), 0) from officer_dropout o where"
                + " o.district_code in (select distinct s.district_code from"
                + " sls s where" + scope + ")", args));
        f.put("dropout.families", count("select count(*)" + moved, args));
        f.put("dropout.families-lost", count("select count(*)" + moved + " and (f.result_code is null or " + FINISHED
                + " = 0)", args));
        f.put("dropout.families-doubled", count("select count(*)" + moved + " and " + FINISHED + " > 1 + "
                + CORRECTIONS, args));
        if (f.get("dropout.families-lost") + f.get("dropout.families-doubled") > 0) {
            d.add("families of a departed PPL's SLS: " + f.get("dropout.families-lost") + " lost, "
                    + f.get("dropout.families-doubled") + " finished twice");
        }
        rows(d, "dropout whose open tasks were never moved", "select cast(o.id as varchar(20)) from officer_dropout o"
                + " where o.district_code in (select distinct s.district_code"
                + " from sls s where" + scope + ") and o.moved_at is null", args);
        for (String user : departed) {
            rows(d, "task still open with departed " + user, "select t.name_ from act_ru_task t where t.assignee_ = ?",
                    user);
            rows(d, "task ended unworked with departed " + user, "select t.name_ from act_hi_taskinst t where"
                    + " t.assignee_ = ? and t.delete_reason_ <> 'completed'", user);
        }
    }

    void forums(String scope, Object[] args, Set<Long> sent, List<String> d, Map<String, Long> f) {
        Set<Long> stored = new HashSet<>(jdbc.queryForList("select f.id from village_forum_correction c join family f"
                + " on f.id = c.family_id join sls s on s.id = f.sls_id where" + scope, Long.class, args));
        f.put("forum.corrections", (long) stored.size());
        for (String source : List.of("FILE", "FORM")) {
            f.put("forum.corrections." + source.toLowerCase(), count("select count(*) from village_forum_correction"
                    + " c join family f on f.id = c.family_id join sls s on s.id = f.sls_id where" + scope
                    + " and c.source = '" + source + "'", args));
        }
        if (!stored.equals(sent)) {
            d.add("forum corrections stored " + stored.size() + ", sent " + sent.size() + " (not the same families)");
        }
        // A ranked family's first visit ended final; its re-verification must be a visit, not a close-out.
        String closedOut = "exists (select 1 from act_hi_procinst p where p.proc_def_key_ = 'household-visit' and"
                + " p.business_key_ = cast(f.id as varchar(20)) and p.end_act_id_ in ('End_ClosedOut',"
                + " 'End_ClosedOutTold'))";
        f.put("forum.reverified", count("select count(*) from family f join sls s on s.id = f.sls_id where" + scope
                + " and " + CORRECTIONS + " > 0 and " + FINISHED + " = 2 and not " + closedOut, args));
        rows(d, "forum correction closed out instead of re-verified", "select cast(f.id as varchar(20)) from family f"
                + " join sls s on s.id = f.sls_id where" + scope + " and " + CORRECTIONS + " > 0 and " + closedOut
                + " order by f.id", args);
        rows(d, "forum correction without exactly one finished re-verification", "select cast(f.id as varchar(20))"
                + " from family f join sls s on s.id = f.sls_id where" + scope + " and " + CORRECTIONS + " > 0 and "
                + FINISHED + " <> 1 + " + CORRECTIONS + " order by f.id", args);
        f.put("forum.held", count("select count(*) from village_forum v where v.status <> 'OPEN' and v.village_code"
                + " in (select s.village_code from sls s where" + scope + ")", args));
        f.put("forum.with-corrections", count("select count(*) from village_forum v where v.corrections > 0 and"
                + " v.village_code in (select s.village_code from sls s where" + scope + ")", args));
    }

    private void rows(List<String> d, String what, String sql, Object... args) {
        List<String> found = jdbc.queryForList(sql, String.class, args);
        if (!found.isEmpty()) {
            d.add(what + " (" + found.size() + "): " + String.join(", ", found.subList(0, Math.min(10,
                    found.size()))));
        }
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
