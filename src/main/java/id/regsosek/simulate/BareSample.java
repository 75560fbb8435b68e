package id.regsosek.simulate;

import id.regsosek.identity.TenantFromRegency;
import id.regsosek.visit.VisitProcess;
import id.regsosek.visit.VisitSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bare engine beside the simulation's engine-heavy stages, in the same run, each sample taken right after our
 * stage, on the tables as that stage left them: a scratch SLS of the regency ({@link BareSampleArea}) has its
 * visits started straight on the engine ({@code startProcessInstanceByKey} with our starter's variables and chunk
 * per transaction, without our rows, plan or checks); after the assignment stage those instances are deleted again
 * (nobody works them), after the accounting a second sample is closed out as the engine alone does it (each instance
 * told that the period ended, by its execution, 200 per transaction). All on one thread, as the simulation itself
 * runs its jobs. Each sample is removed afterwards (instances, history, rows), so neither the accounting nor the
 * operation's data sees it.
 */
@Component
class BareSample {

    static final int CLOSE_CHUNK = 200;

    /** Visits of the samples; bare start and close-out rates in visits per second. */
    record Figures(int visits, double startRate, double closeRate) {
    }

    /** Started visits of a sample, and how fast they started. */
    record Sample(BareSampleArea.Sls sls, List<String> instances, double startRate) {
    }

    private final BareSampleArea area;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final VisitSettings settings;
    private final TransactionTemplate tx;

    BareSample(BareSampleArea area, RuntimeService runtime, HistoryService history, VisitSettings settings,
               TransactionTemplate tx) {
        this.area = area;
        this.runtime = runtime;
        this.history = history;
        this.settings = settings;
        this.tx = tx;
    }

    /** A scratch SLS beside {@code modelSlsId} with {@code visits} families, their visits started bare (timed). */
    Sample start(String regency, long modelSlsId, int visits) {
        BareSampleArea.Sls sls = area.create(regency, modelSlsId, visits);
        List<String> instances = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int from = 0; from < sls.families().size(); from += settings.startChunk()) {
            List<Long> part = sls.families().subList(from, Math.min(from + settings.startChunk(),
                    sls.families().size()));
            tx.executeWithoutResult(s -> part.forEach(f -> instances.add(runtime.startProcessInstanceByKey(
                    VisitProcess.KEY, String.valueOf(f), variables(regency, sls.code())).getId())));
        }
        return new Sample(sls, instances, instances.size() / Math.max(1e-9, (System.nanoTime() - t0) / 1e9));
    }

    /** Removes a sample whose visits are still open (their tasks' listeners drop the task rows). */
    void discard(Sample sample) {
        runtime.deleteProcessInstances(sample.instances(), "bare engine sample", false, true);
        history.deleteHistoricProcessInstances(sample.instances());
        area.remove(sample.sls());
    }

    /**
     * Closes the sample's visits one by one (timed), lets {@code dueJobs} run what that left for the job executor
     * (the PML's notice), removes the sample; returns the close-out rate.
     */
    double close(String regency, Sample sample, IntSupplier dueJobs) {
        Set<String> ours = new HashSet<>(sample.instances());
        List<String> executions = runtime.createEventSubscriptionQuery().eventName(VisitProcess.MESSAGE_PERIOD_ENDED)
                .tenantIdIn(regency).list().stream().filter(e -> ours.contains(e.getProcessInstanceId()))
                .map(EventSubscription::getExecutionId).toList();
        if (executions.size() != sample.instances().size()) {
            throw new IllegalStateException("bare sample: " + sample.instances().size() + " visits started, but "
                    + executions.size() + " wait for the period's end");
        }
        long t0 = System.nanoTime();
        for (int from = 0; from < executions.size(); from += CLOSE_CHUNK) {
            List<String> part = executions.subList(from, Math.min(from + CLOSE_CHUNK, executions.size()));
            tx.executeWithoutResult(s -> part.forEach(e -> runtime.messageEventReceived(
                    VisitProcess.MESSAGE_PERIOD_ENDED, e)));
        }
        double rate = executions.size() / Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
        dueJobs.getAsInt();
        history.deleteHistoricProcessInstances(sample.instances());
        area.remove(sample.sls());
        return rate;
    }

    /**
     * The ratios the simulation prints: its visit start (the assignment stage's wall time, the Koseka's reviews
     * included, over the visits it started) and its close-out stage against the sample's bare rates.
     */
    static List<String> ratios(Figures bare, Stage assignment, long started, Stage closeOut) {
        return List.of(ratio("visit start", started, assignment, bare.startRate(), bare.visits(),
                "started straight on the engine, same variables and chunks"),
                ratio("close-out", closeOut.items(), closeOut, bare.closeRate(), bare.visits(),
                        "told one by one, " + CLOSE_CHUNK + " per transaction"));
    }

    private static String ratio(String what, long items, Stage stage, double bareRate, int sample, String how) {
        double ours = items / Math.max(1e-9, stage.seconds());
        return String.format(Locale.ROOT, "engine  : %-11s ours %,9.1f visits/s (%,d in stage %s), bare engine"
                + " %,9.1f visits/s (%,d sample visits %s), ratio %.2f", what, ours, items, stage.name, bareRate,
                sample, how, bareRate > 0 ? ours / bareRate : 0);
    }

    private Map<String, Object> variables(String regency, String slsCode) {
        Map<String, Object> v = new HashMap<>();
        v.put(TenantFromRegency.REGENCY_VARIABLE, regency);
        v.put(VisitProcess.SLS_CODE, slsCode);
        v.put(VisitProcess.MAX_ATTEMPT_DAYS, settings.maxAttemptDays());
        return v;
    }
}
