package id.regsosek.bench;

import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.visit.VisitQueries;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times a PPL's and a PML's task list (first page and its count) over HTTP with the read model full. The officers
 * timed are 20 PPL and 20 PML of the filler, each holding a field workload of open tasks; they get a login here.
 */
@BenchmarkComponent
class TaskListTiming {

    private static final int OFFICERS = 20;
    private static final int ROUNDS = 400;

    private final RegencyUsers users;
    private final VisitQueries queries;
    private final JdbcTemplate jdbc;

    TaskListTiming(RegencyUsers users, VisitQueries queries, JdbcTemplate jdbc) {
        this.users = users;
        this.queries = queries;
        this.jdbc = jdbc;
    }

    void print(BenchmarkHttp http, long fillerAdded) {
        List<String> ppl = officers("fill-ppl-", Groups.PPL);
        List<String> pml = officers("fill-pml-", Groups.PML);
        long open = jdbc.queryForObject("select count(*) from visit_task", Long.class);
        long pplTasks = queries.tasksOf(ppl.get(0), 0, 1).total();
        long pmlTasks = queries.tasksOf(pml.get(0), 0, 1).total();
        List<Long> pplHttp = new ArrayList<>();
        List<Long> pmlHttp = new ArrayList<>();
        List<Long> pplSql = new ArrayList<>();
        List<Long> pmlSql = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            String aPpl = ppl.get(i % OFFICERS);
            String aPml = pml.get(i % OFFICERS);
            pplHttp.add(time(() -> http.firstTaskPage(aPpl)));
            pmlHttp.add(time(() -> http.firstTaskPage(aPml)));
            pplSql.add(time(() -> queries.tasksOf(aPpl, 0, 50)));
            pmlSql.add(time(() -> queries.tasksOf(aPml, 0, 50)));
        }
        // The first quarter warms connections and caches up; a field app's list is opened many times a day.
        System.out.printf("tasklist: %,d open tasks (%,d filler); a PPL holds %d, a PML %d; first page + count"
                        + " p95 over HTTP: PPL %.1f ms, PML %.1f ms; the query alone: PPL %.1f ms, PML %.1f ms%n",
                open, fillerAdded, pplTasks, pmlTasks, p95(pplHttp), p95(pmlHttp), p95(pplSql), p95(pmlSql));
    }

    private List<String> officers(String prefix, String group) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < OFFICERS; i++) {
            String id = prefix + i;
            users.ensure(new RegencyUsers.NewUser(id, group.toUpperCase(), id, null, id, group,
                    BenchmarkFixtures.REGENCY));
            ids.add(id);
        }
        return ids;
    }

    private static long time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    private static double p95(List<Long> nanos) {
        return BenchmarkLoad.percentileMs(nanos.subList(nanos.size() / 4, nanos.size()), 95);
    }
}
