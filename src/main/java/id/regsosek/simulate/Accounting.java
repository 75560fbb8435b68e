package id.regsosek.simulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The simulation's own accounting, written apart from the application's checks (ranking/AccountingCheck): plain
 * SQL over our tables and the engine's history, and the handover package as written to disk. Every query is scoped
 * to the simulated districts' SLS. A discrepancy names its rows; the figures are what a second run with the same
 * seed must reproduce.
 */
@Component
class Accounting {

    /** How a household visit may end with the family's final result. */
    private static final String FINAL_ENDS = "('End_Final', 'End_ClosedOut', 'End_ClosedOutTold')";
    private static final String SCOPE = " s.regency_code = ? and s.district_code in (%s)";

    record Result(List<String> discrepancies, Map<String, Long> figures) {
    }

    private final JdbcTemplate jdbc;
    private final ChangeAccounting changes;

    Accounting(JdbcTemplate jdbc, ChangeAccounting changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    Result check(String regency, List<String> districts, long prelistLines, long newFamiliesReported,
                 boolean wholeRegency) {
        return check(regency, districts, prelistLines, newFamiliesReported, wholeRegency, List.of(), Set.of());
    }

    /**
     * @param departed the PPL who left mid-period
     * @param corrected the families the village forums sent back to the field (each once more finished)
     */
    Result check(String regency, List<String> districts, long prelistLines, long newFamiliesReported,
                 boolean wholeRegency, List<String> departed, Set<Long> corrected) {
        List<String> d = new ArrayList<>();
        String in = String.join(",", districts.stream().map(x -> "?").toList());
        String scope = String.format(SCOPE, in);
        Object[] args = args(regency, districts);
        Map<String, Long> f = new LinkedHashMap<>();

        f.put("families.prelist", count("select count(*) from family f join sls s on s.id = f.sls_id where"
                + scope + " and f.origin = 'PRELIST'", args));
        f.put("families.new", count("select count(*) from family f join sls s on s.id = f.sls_id where" + scope
                + " and f.origin = 'NEW'", args));
        expect(d, "prelist families stored", f.get("families.prelist"), prelistLines);
        expect(d, "new families stored", f.get("families.new"), newFamiliesReported);

        // Exactly one final result per family: a result code with its final time in our table, and exactly one
        // household visit in the engine's history that ended at a final end event (one more for each forum
        // correction: its re-verification), none still running.
        rows(d, "family without a final result", "select f.id from family f join sls s on s.id = f.sls_id where"
                + scope + " and (f.result_code is null or f.final_at is null) order by f.id", args);
        rows(d, "family without exactly one finished visit", "select f.id from family f join sls s on s.id ="
                + " f.sls_id where" + scope + " and (select count(*) from act_hi_procinst p where p.proc_def_key_ ="
                + " 'household-visit' and p.business_key_ = cast(f.id as varchar(20)) and p.end_time_ is not null"
                + " and p.end_act_id_ in " + FINAL_ENDS + ") <> 1 + " + ChangeAccounting.CORRECTIONS + " order by f.id",
                args);
        rows(d, "family with a visit still running", "select f.id from family f join sls s on s.id = f.sls_id where"
                + scope + " and exists (select 1 from act_hi_procinst p where p.proc_def_key_ = 'household-visit'"
                + " and p.business_key_ = cast(f.id as varchar(20)) and p.end_time_ is null) order by f.id", args);

        // Every SLS accepted, once (once more after a forum's correction in it), through its sign-off's own end;
        // none with an open family.
        rows(d, "SLS not accepted", "select s.code from sls s left join sls_signoff o on o.sls_id = s.id where"
                + scope + " and (o.status is null or o.status <> 'ACCEPTED') order by s.code", args);
        rows(d, "SLS whose sign-off did not end accepted exactly once", "select s.code from sls s where" + scope
                + " and (select count(*) from act_hi_procinst p where p.proc_def_key_ = 'area-signoff' and"
                + " p.business_key_ = s.code and p.end_act_id_ = 'End_AreaAccepted') <> 1 + case when exists (select 1"
                + " from village_forum_correction c join family f on f.id = c.family_id where f.sls_id = s.id) then 1"
                + " else 0 end order by s.code", args);
        rows(d, "accepted SLS with an open family", "select s.code from sls s join sls_signoff o on o.sls_id = s.id"
                + " where" + scope + " and o.status = 'ACCEPTED' and exists (select 1 from family f where f.sls_id ="
                + " s.id and f.result_code is null) order by s.code", args);
        rows(d, "regency with other than one enumeration period", "select p.business_key_ from act_hi_procinst p"
                + " where p.proc_def_key_ = 'enumeration-period' and p.business_key_ = ? group by p.business_key_"
                + " having count(*) <> 1", regency);
        rows(d, "engine incident", "select i.incident_msg_ from act_ru_incident i where i.tenant_id_ = ? order by"
                + " i.id_", regency);

        for (int code = 1; code <= 5; code++) {
            f.put("result." + code, count("select count(*) from family f join sls s on s.id = f.sls_id where" + scope
                    + " and f.result_code = " + code, args));
        }
        f.put("closed-out", count("select count(*) from act_hi_procinst p join family f on cast(f.id as varchar(20))"
                + " = p.business_key_ join sls s on s.id = f.sls_id where" + scope + " and p.proc_def_key_ ="
                + " 'household-visit' and p.end_act_id_ in ('End_ClosedOut', 'End_ClosedOutTold')", args));
        f.put("attempts", count("select count(*) from visit_attempt a join family f on f.id = a.family_id join sls s"
                + " on s.id = f.sls_id where" + scope, args));
        f.put("checks.returned", count("select count(*) from family_check c join family f on f.id = c.family_id"
                + " join sls s on s.id = f.sls_id where" + scope + " and c.approved = false", args));
        for (String task : List.of("Task_NonContactHelp", "Task_ConvincePml", "Task_ConvinceOfficial",
                "Task_ConfirmMove", "Task_CorrectForm")) {
            f.put("tasks." + task, count("select count(*) from act_hi_taskinst t join act_hi_procinst p on"
                    + " p.proc_inst_id_ = t.proc_inst_id_ join family f on cast(f.id as varchar(20)) ="
                    + " p.business_key_ join sls s on s.id = f.sls_id where" + scope + " and t.task_def_key_ = '"
                    + task + "' and t.end_time_ is not null", args));
        }
        f.put("sls.accepted", count("select count(*) from sls s join sls_signoff o on o.sls_id = s.id where" + scope
                + " and o.status = 'ACCEPTED'", args));
        changes.dropouts(scope, args, departed, d, f);
        changes.forums(scope, args, corrected, d, f);
        handover(regency, districts, scope, args, wholeRegency, d, f);
        // The ranking is published once, and once more after the forums' corrections were re-verified.
        f.put("handover.published", count("select count(*) from act_hi_procinst p where p.proc_def_key_ ="
                + " 'ranking-handover' and p.tenant_id_ = ? and p.end_act_id_ = 'End_Published'", regency));
        expect(d, "ranking publications", f.get("handover.published"), corrected.isEmpty() ? 1 : 2);
        return new Result(d, f);
    }

    /** The handover holds exactly the accepted families; the code-1 ones ranked 1..N in ten deciles. */
    private void handover(String regency, List<String> districts, String scope, Object[] args, boolean wholeRegency,
                          List<String> d, Map<String, Long> f) {
        List<Map<String, Object>> runs = jdbc.queryForList("select status, package_dir, families from handover_run"
                + " where regency_code = ?", regency);
        if (runs.size() != 1 || !"PUBLISHED".equals(runs.get(0).get("status"))) {
            d.add("handover: expected one published run, found " + runs);
            return;
        }
        Set<Long> accepted = new HashSet<>(jdbc.queryForList("select f.id from family f join sls s on s.id ="
                + " f.sls_id join sls_signoff o on o.sls_id = s.id where s.regency_code = ? and o.status ="
                + " 'ACCEPTED'", Long.class, regency));
        Set<Long> packaged = packaged(Path.of((String) runs.get(0).get("package_dir")), d);
        if (!packaged.equals(accepted)) {
            Set<Long> extra = new HashSet<>(packaged);
            extra.removeAll(accepted);
            Set<Long> missing = new HashSet<>(accepted);
            missing.removeAll(packaged);
            d.add("handover package: " + extra.size() + " families not accepted, " + missing.size()
                    + " accepted families missing");
        }
        f.put("handover.families", (long) packaged.size());
        Set<Long> complete = new HashSet<>(jdbc.queryForList("select f.id from family f join sls s on s.id ="
                + " f.sls_id join sls_signoff o on o.sls_id = s.id where s.regency_code = ? and o.status ="
                + " 'ACCEPTED' and f.result_code = 1", Long.class, regency));
        Set<Long> ranked = new HashSet<>(jdbc.queryForList("select family_id from family_rank where regency_code = ?",
                Long.class, regency));
        if (!ranked.equals(complete)) {
            d.add("ranking: " + ranked.size() + " ranked, " + complete.size() + " accepted complete interviews");
        }
        Map<String, Object> r = jdbc.queryForMap("select count(*) n, count(distinct welfare_rank) ranks,"
                + " min(welfare_rank) lo, max(welfare_rank) hi, count(distinct decile) deciles from family_rank"
                + " where regency_code = ?", regency);
        long n = ((Number) r.get("n")).longValue();
        if (n == 0 || num(r, "ranks") != n || num(r, "lo") != 1 || num(r, "hi") != n
                || num(r, "deciles") != Math.min(10, n)) {
            d.add("ranks do not run 1.." + n + " in ten deciles: " + r);
        }
        rows(d, "decile out of rank order", "select a.decile from family_rank a join family_rank b on"
                + " b.regency_code = a.regency_code and b.welfare_rank > a.welfare_rank and b.decile < a.decile"
                + " where a.regency_code = ? fetch first 1 rows only", regency);
        f.put("ranked", n);
        for (int decile = 1; decile <= 10; decile++) {
            f.put("decile." + decile, count("select count(*) from family_rank where regency_code = ? and decile = "
                    + decile, regency));
        }
        if (!wholeRegency) {
            f.put("handover.forced", 1L);
        }
    }

    private static Set<Long> packaged(Path dir, List<String> d) {
        Set<Long> ids = new HashSet<>();
        try {
            List<String> lines = Files.readAllLines(dir.resolve("families.csv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    ids.add(Long.parseLong(line.substring(0, line.indexOf(',')).replace("\"", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            d.add("handover package unreadable: " + e.getMessage());
        }
        return ids;
    }

    private static long num(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private static void expect(List<String> d, String what, long actual, long expected) {
        if (actual != expected) {
            d.add(what + ": " + actual + ", expected " + expected);
        }
    }

    private void rows(List<String> d, String what, String sql, Object... args) {
        List<String> found = jdbc.queryForList(sql, String.class, args);
        if (!found.isEmpty()) {
            d.add(what + " (" + found.size() + "): " + String.join(", ", found.subList(0, Math.min(10,
                    found.size()))) + (found.size() > 10 ? ", ..." : ""));
        }
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static Object[] args(String regency, List<String> districts) {
        Object[] a = new Object[districts.size() + 1];
        a[0] = regency;
        for (int i = 0; i < districts.size(); i++) {
            a[i + 1] = districts.get(i);
        }
        return a;
    }
}
