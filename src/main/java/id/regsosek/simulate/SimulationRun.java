package id.regsosek.simulate;

import id.regsosek.common.HeapFigures;
import id.regsosek.ranking.HandoverTrigger;
import id.regsosek.ranking.RankingHandoverProcess;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One run of {@link SimulateCommand}: its people, stages and memory. Stages in order: setup, prelist, assignment,
 * fieldwork (three rounds a day on simulated time; PPL drop out mid-period), close-out, sign-off, handover, the
 * village forums, the re-verification of their corrections (and the ranking again), accounting. The bare engine's
 * samples ({@link BareSample}) are taken after the assignment (its start) and after the accounting (its close-out).
 */
final class SimulationRun {

    /** The moments of a field day when officers work their lists (local time). */
    static final List<LocalTime> ROUNDS = List.of(LocalTime.of(8, 0), LocalTime.of(13, 0), LocalTime.of(18, 0));
    /** Days after the period's end in which checks, corrections and sign-offs must be finished. */
    static final int DAYS_AFTER = 3;

    final SimulationOptions o;
    final SimHttp http;
    final Map<String, Stage> stages = new LinkedHashMap<>();
    final ExecutorService pool;
    final List<SimulationSetup.District> districts = new ArrayList<>();
    final List<String> ppl = new ArrayList<>();
    final List<String> pml = new ArrayList<>();
    final List<String> koseka = new ArrayList<>();
    final Map<String, Long> slsIds = new HashMap<>();
    /** PPL who left mid-period (their SLS and open tasks moved to others). */
    final List<String> departed = new ArrayList<>();
    private List<String> leaving;
    final Map<String, String> slsDistrict = new HashMap<>();
    /** Officer code of each recruited officer's login (a set-up officer's code is its login in capitals). */
    final Map<String, String> officerCodes = new HashMap<>();
    SimRecruitment recruitment;
    final OfficeActors office;
    FieldActors field;
    ForumActors forum;
    /** The nodes the field's officers send their requests to: this run's own first, then {@link #cluster}'s. */
    final List<SimHttp> fieldNodes = new ArrayList<>();
    private SimClock.DueJobs dueJobs;
    /** What {@link #report} found: the accounting's discrepancies and every failed job. */
    final List<String> discrepancies = new ArrayList<>();
    /** The bare engine's sample taken after the accounting (null when none was asked). */
    BareSample.Figures bare;
    String admin;
    boolean wholeRegency;
    boolean handoverPhase;
    long prelistLines;
    LocalDate[] period;
    Instant periodEnd;

    private final SimulationSetup setup;
    private final Accounting accounting;
    private final BareSample bareSample;
    /** Visits started in the assignment stage, and the bare engine's start rate beside it. */
    private long visitsStarted;
    private double bareStartRate;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final Environment environment;
    private final ZoneId zone;

    SimulationRun(SimulationOptions o, SimulationSetup setup, Accounting accounting, BareSample bareSample,
                  ManagementService management, RuntimeService runtime, JdbcTemplate jdbc, Environment environment,
                  ZoneId zone) {
        this.o = o;
        this.setup = setup;
        this.accounting = accounting;
        this.bareSample = bareSample;
        this.management = management;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.environment = environment;
        this.zone = zone;
        this.http = new SimHttp(environment.getRequiredProperty("local.server.port", Integer.class),
                environment.getProperty("camunda.bpm.process-engine-name", "default"));
        this.office = new OfficeActors(http);
        this.fieldNodes.add(http);
        this.pool = Executors.newFixedThreadPool(o.clients());
    }

    /**
     * Runs the operation as a cluster would: the field's officers split over this node and the other nodes' ports
     * (officer i of each kind on node i mod n; the office stays on this one), and the due jobs left to
     * {@code jobs} (the nodes' job executors) instead of run by the simulation. Before {@link #prepare}.
     */
    void cluster(List<Integer> otherNodePorts, SimClock.DueJobs jobs) {
        String engine = environment.getProperty("camunda.bpm.process-engine-name", "default");
        otherNodePorts.forEach(port -> fieldNodes.add(new SimHttp(port, engine)));
        this.dueJobs = jobs;
    }

    /** The whole run: prepare, fieldwork, after the period, report; returns the exit code (0: no discrepancy). */
    int runToEnd() throws Exception {
        try (SimClock clock = prepare()) {
            fieldwork(clock);
            afterPeriod(clock);
            return report(clock);
        } finally {
            pool.shutdownNow();
        }
    }

    Stage stage(String name, String unit) {
        Stage s = stages.computeIfAbsent(name, n -> new Stage(n, unit));
        fieldNodes.forEach(h -> h.stage(s));
        s.start();
        return s;
    }

    SimClock prepare() throws Exception {
        Stage s = stage("setup", "officers");
        setup.importFrame(o);
        admin = setup.admin(o.regency());
        List<String> codes = setup.districts(o);
        wholeRegency = o.districts().isEmpty() || codes.equals(setup.districts(new SimulationOptions(o.seed(),
                o.regency(), List.of(), 0, o.periodDays(), 0, o.rates(), 1, null, null, false, 0)));
        period = setup.period(o.regency(), o.periodDays(), LocalDate.now(zone));
        periodEnd = period[1].plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(60);
        String[] recruiters = o.recruitment() ? setup.recruitmentOffice(o.regency()) : null;
        List<SimulationSetup.District> framed = new ArrayList<>();
        for (String code : codes) {
            framed.add(setup.deploy(o.regency(), code, o.familiesPerSls(), !o.recruitment()));
        }
        s.items(framed.stream().mapToLong(d -> d.ppl().size() + d.pml().size() + 1L).sum() + 1);
        s.stop();

        // With recruitment the campaign starts on simulated days before the period; without, the period's first day.
        SimClock clock = new SimClock(management, (o.recruitment() ? period[0].minusDays(
                SimRecruitment.DAYS_BEFORE_PERIOD).atTime(8, 0) : period[0].atTime(7, 0)).atZone(zone).toInstant(),
                o.compression(), dueJobs);
        s = stage("prelist", "families");
        byte[] csv = SimulationSetup.prelist(framed);
        prelistLines = framed.stream().flatMap(d -> d.sls().stream()).mapToLong(SimulationSetup.Sls::families)
                .sum();
        http.upload(admin, "/api/assignment/prelist", "prelist-simulasi.csv", csv);
        s.items(prelistLines);
        s.stop();

        if (o.recruitment()) {
            s = stage("recruitment", "officers");
            recruitment = new SimRecruitment(fieldNodes, jdbc, o, zone);
            List<SimRecruitment.Officer> deployed = recruitment.run(clock, admin, recruiters[0], recruiters[1], codes);
            deployed.forEach(x -> officerCodes.put(x.user(), x.code()));
            framed.replaceAll(d -> d.withOfficers(recruited(deployed, d.code(), "PPL"),
                    recruited(deployed, d.code(), "PML")));
            s.items(deployed.size());
            s.stop();
        }
        for (SimulationSetup.District d : framed) {
            districts.add(d);
            ppl.addAll(d.ppl());
            pml.addAll(d.pml());
            koseka.add(d.koseka());
            d.sls().forEach(x -> {
                slsIds.put(x.code(), x.id());
                slsDistrict.put(x.code(), d.code());
            });
        }
        field = new FieldActors(http, o, zone, slsIds, slsDistrict);
        forum = new ForumActors(http, jdbc, o);
        if (fieldNodes.size() > 1) {
            Map<String, SimHttp> nodeOf = new HashMap<>();
            for (List<String> officers : List.of(ppl, pml, koseka)) {
                for (int i = 0; i < officers.size(); i++) {
                    nodeOf.put(officers.get(i), fieldNodes.get(i % fieldNodes.size()));
                }
            }
            field.routeTo(nodeOf);
        }

        s = stage("assignment", "districts");
        long visitsBefore = visits();
        if (o.recruitment()) {
            // Each district's assignment started by itself when its last officer settled; the Koseka reviews it
            // on the period's first morning.
            clock.advanceTo(period[0].atTime(7, 0).atZone(zone).toInstant());
        } else {
            for (SimulationSetup.District d : districts) {
                http.post(admin, "/api/assignment/districts/" + d.code() + "/start", Map.of());
            }
            clock.runDueJobs();
        }
        for (SimulationSetup.District d : districts) {
            if (office.approveAssignment(d.koseka(), d.code()) != 1) {
                throw new IllegalStateException("district " + d.code() + " has no assignment for its Koseka to review"
                        + (o.recruitment() ? " after recruitment (did every selected officer settle?)" : ""));
            }
        }
        clock.runDueJobs();
        s.items(districts.size());
        s.stop();
        visitsStarted = visits() - visitsBefore;
        if (o.bareSample() > 0) {
            // The bare engine's start on the tables as ours left them; nobody works these visits: gone again.
            BareSample.Sample sample = bareSample.start(o.regency(), modelSls(), o.bareSample());
            bareStartRate = sample.startRate();
            bareSample.discard(sample);
        }
        return clock;
    }

    private static List<String> recruited(List<SimRecruitment.Officer> officers, String district, String role) {
        return officers.stream().filter(x -> x.district().equals(district) && x.role().equals(role))
                .map(SimRecruitment.Officer::user).toList();
    }

    void fieldwork(SimClock clock) throws Exception {
        Stage s = stage("fieldwork", "families");
        for (int day = 0; day < o.periodDays(); day++) {
            for (LocalTime round : ROUNDS) {
                clock.advanceTo(period[0].plusDays(day).atTime(round).atZone(zone).toInstant());
                if (day >= o.periodDays() / 2) {
                    dropouts(clock);
                }
                untilQuiet(clock);
                if (recruitment != null && round.equals(ROUNDS.get(ROUNDS.size() - 1))) {
                    recruitment.recordFinishedClasses(clock);
                }
            }
        }
        s.items(families());
        s.stop();
    }

    /**
     * From mid-period on, at each round after the due revisits fell due and before anyone works: the PPL drawn to
     * leave ({@link Dropouts}) leaves at the first round it has open work in its list, so its tasks must move. The
     * admin reports it, the Koseka approves the reassignment, and the move of the open tasks runs as a job before
     * the round's work.
     */
    private void dropouts(SimClock clock) {
        if (leaving == null) {
            leaving = new ArrayList<>();
            districts.forEach(d -> leaving.addAll(Dropouts.pick(o.seed(), d.code(), d.ppl(), o.rates().dropout())));
        }
        for (SimulationSetup.District d : districts) {
            List<String> now = leaving.stream().filter(u -> d.ppl().contains(u) && field.hasWork(u)).toList();
            if (now.isEmpty()) {
                continue;
            }
            Dropouts.report(http, admin, now, officerCodes).forEach(u -> office.count("ppl-dropout"));
            clock.runDueJobs();
            office.approveReassignments(d.koseka());
            clock.runDueJobs();
            ppl.removeAll(now);
            departed.addAll(now);
            leaving.removeAll(now);
        }
    }

    void afterPeriod(SimClock clock) throws Exception {
        Stage s = stage("close-out", "families");
        long open = openFamilies();
        clock.advanceTo(periodEnd.plusSeconds(120));
        s.items(open - openFamilies());
        s.stop();

        s = stage("signoff", "SLS");
        for (int day = 1; day <= DAYS_AFTER && !allAccepted(); day++) {
            clock.advanceTo(period[1].plusDays(day).atTime(ROUNDS.get(0)).atZone(zone).toInstant());
            untilQuiet(clock);
        }
        s.items(slsIds.size());
        s.stop();

        // The handover starts by itself with the regency's last acceptance (its checks and ranking run as
        // jobs at once); when only some districts were simulated, the admin starts and forces it.
        s = stage("handover", "families");
        handoverPhase = true;
        if (!wholeRegency && allAccepted() && !handoverStarted()) {
            office.startHandover(admin, HandoverTrigger.campaignKey(o.regency(),
                    environment.getProperty("regsosek.campaign.year", "2022")));
        }
        untilQuiet(clock);
        s.items(count("select count(*) from family_rank where regency_code = ?"));
        s.stop();
        forums(clock);
    }

    /**
     * The afternoon after publication: the admin imports the village officials, each holds its forum
     * ({@link ForumActors}); then the corrected families' re-verification visits are worked, their SLS signed off
     * again, and the handover re-runs (by itself with the last acceptance, or started by the admin) and is published.
     */
    private void forums(SimClock clock) throws Exception {
        Stage s = stage("forum", "villages");
        String campaign = HandoverTrigger.campaignKey(o.regency(), environment.getProperty("regsosek.campaign.year",
                "2022"));
        Instant afternoon = period[1].plusDays(1).atTime(ROUNDS.get(1)).atZone(zone).toInstant();
        clock.advanceTo(afternoon.isAfter(clock.now()) ? afternoon : clock.now().plusSeconds(3600));
        List<String> villages = ForumActors.openForums(http, admin, campaign);
        Map<String, String> officials = forum.importOfficials(admin, villages);
        int corrections = 0;
        for (String village : villages) {
            corrections += forum.hold(officials.get(village), campaign, village);
        }
        clock.runDueJobs();
        s.items(villages.size());
        s.stop();

        s = stage("re-verification", "families");
        untilQuiet(clock);
        if (corrections > 0 && !wholeRegency && allAccepted() && !handoverStarted()) {
            office.startHandover(admin, campaign);
            untilQuiet(clock);
        }
        s.items(corrections);
        s.stop();
    }

    /**
     * The field works its lists and due jobs run until a pass changes nothing; then the office looks at
     * Tasklist (sign-offs, handover), and if that changed anything the field looks again.
     */
    private void untilQuiet(SimClock clock) throws Exception {
        field.day(clock.now(), periodEnd);
        while (true) {
            int acted = field.pass(pool, ppl, pml, koseka) + clock.runDueJobs();
            if (acted == 0) {
                acted = officePass() + clock.runDueJobs();
                if (acted == 0) {
                    return;
                }
            }
        }
    }

    private int officePass() {
        int n = 0;
        for (SimulationSetup.District d : districts) {
            for (String u : d.pml()) {
                n += office.pmlSignoffs(u);
            }
            n += office.kosekaSignoffs(d.koseka(), d.code());
        }
        n += office.acceptAreas(admin);
        return handoverPhase ? n + office.handoverWork(admin) : n;
    }

    int report(SimClock clock) throws Exception {
        Stage s = stage("accounting", "families");
        Accounting.Result result = accounting.check(o.regency(), districts.stream().map(
                SimulationSetup.District::code).toList(), prelistLines, eventCount(field.events, "new-family"),
                wholeRegency, departed, forum.corrected);
        Map<String, Long> figures = new LinkedHashMap<>(result.figures());
        discrepancies.addAll(result.discrepancies());
        if (recruitment != null) {
            new RecruitmentAccounting(jdbc).check(recruitment.campaign(), recruitment.uploaded(), figures,
                    discrepancies);
        }
        s.items(figures.get("families.prelist") + figures.get("families.new"));
        s.stop();
        fieldNodes.forEach(h -> h.stage(null));
        if (o.bareSample() > 0) {
            // The bare engine's close-out after the accounting, which must not see it; its leftover job runs as the
            // run's jobs do.
            BareSample.Sample sample = bareSample.start(o.regency(), modelSls(), o.bareSample());
            bare = new BareSample.Figures(o.bareSample(), bareStartRate, bareSample.close(o.regency(), sample,
                    clock::runDueJobs));
        }
        clock.jobFailures().forEach(f -> discrepancies.add("job failed: " + f));
        if (dueJobs instanceof ExecutorJobs executors) {
            executors.failures().forEach(f -> discrepancies.add("job failed: " + f));
        }
        System.out.printf("simulate: regency %s, districts %s, seed %d, period %s..%s (%d days), %d PPL (%d left"
                + " mid-period), %d PML, %d Koseka%n", o.regency(), districts.stream().map(
                SimulationSetup.District::code).toList(), o.seed(), period[0], period[1], o.periodDays(),
                ppl.size() + departed.size(), departed.size(), pml.size(), koseka.size());
        stages.values().forEach(x -> System.out.println(x.line()));
        System.out.printf("time    : %d simulated days in %.1f s wall, compression %.0fx (asked %s), %d jobs run"
                + " in %.1f s%n", clock.simulated().toDays(), stages.values().stream().mapToDouble(Stage::seconds)
                .sum(), clock.achievedCompression(), o.compression() > 0 ? o.compression() + "x"
                : "as fast as possible", clock.jobsRun(), clock.jobSeconds());
        System.out.println(HeapFigures.line());
        if (bare != null) {
            BareSample.ratios(bare, stages.get("assignment"), visitsStarted, stages.get("close-out"))
                    .forEach(System.out::println);
        }
        System.out.println(Projection.need(expected(List.of()), stages.get("fieldwork")));
        if (!wholeRegency) {
            Projection.lines(stages.values(), expected(districts.stream().map(SimulationSetup.District::code)
                    .toList()), expected(List.of())).forEach(System.out::println);
        }
        Map<String, Long> behaviour = new TreeMap<>();
        field.events.forEach((k, v) -> behaviour.put(k, (long) v.get()));
        office.events.forEach((k, v) -> behaviour.put(k, (long) v.get()));
        forum.events.forEach((k, v) -> behaviour.put(k, (long) v.get()));
        if (recruitment != null) {
            recruitment.actors.events.forEach((k, v) -> behaviour.put("recruitment." + k, (long) v.get()));
        }
        figures.forEach((k, v) -> System.out.printf("figure    %-28s %d%n", k, v));
        behaviour.forEach((k, v) -> System.out.printf("behaviour %-28s %d%n", k, v));
        System.out.println("fingerprint " + fingerprint(figures, behaviour));
        discrepancies.forEach(x -> System.out.println("DISCREPANCY " + x));
        System.out.println("discrepancies " + discrepancies.size());
        return discrepancies.isEmpty() ? 0 : 1;
    }

    /** Expected families of the given districts' SLS (all the regency's when none is given). */
    private long expected(List<String> codes) {
        String in = codes.isEmpty() ? "" : " and district_code in (" + String.join(",", codes.stream()
                .map(c -> "?").toList()) + ")";
        List<Object> args = new ArrayList<>(List.of(o.regency()));
        args.addAll(codes);
        Long n = jdbc.queryForObject("select coalesce(sum(expected_families), 0) from sls where regency_code = ?" + in,
                Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** The SLS whose village and officers the bare engine's sample borrows. */
    private long modelSls() {
        return districts.get(0).sls().get(0).id();
    }

    private long visits() {
        return count("select count(*) from family_visit v join sls s on s.id = v.sls_id where s.regency_code = ?");
    }

    private long families() {
        return count("select count(*) from family f join sls s on s.id = f.sls_id where s.regency_code = ?");
    }

    private long openFamilies() {
        return count("select count(*) from family f join sls s on s.id = f.sls_id where s.regency_code = ?"
                + " and f.result_code is null");
    }

    private boolean allAccepted() {
        return slsIds.values().stream().allMatch(id -> "ACCEPTED".equals(jdbc.query("select status from"
                + " sls_signoff where sls_id = ?", rs -> rs.next() ? rs.getString(1) : null, id)));
    }

    private boolean handoverStarted() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(RankingHandoverProcess.KEY)
                .processInstanceBusinessKey(HandoverTrigger.campaignKey(o.regency(),
                        environment.getProperty("regsosek.campaign.year", "2022"))).count() > 0;
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class, o.regency());
        return n == null ? 0 : n;
    }

    private static long eventCount(Map<String, java.util.concurrent.atomic.AtomicInteger> events, String key) {
        var n = events.get(key);
        return n == null ? 0 : n.get();
    }

    /** What must be equal between two runs of one seed: every figure and every behaviour count. */
    static String fingerprint(Map<String, Long> figures, Map<String, Long> behaviour) throws Exception {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(figures).forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
        behaviour.forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 8);
    }
}
