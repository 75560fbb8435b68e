package id.regsosek.simulate;

import id.regsosek.recruitment.deployment.OfficerDeployment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The recruitment chain as the simulation's first stage, on simulated days before the period: day 0 the admin
 * starts the campaign and staff upload each district's registrations, check documents, take the test scores and
 * interview; registration closes on day 3 and the campaign starts every district's selection, which staff
 * confirm; classes start on day 6 for two days; a trainee absent on the second day is replaced by the next
 * reserve in a make-up class three days later. Each deployed officer reads its first password in its contract
 * mail; the last settled officer of a district starts its area assignment. What is read from our tables here is
 * the simulation's bookkeeping (who was deployed, a class's dates), never a decision.
 */
final class SimRecruitment {

    /** Days before the period's first day at which the campaign starts: the chain needs about 12. */
    static final int DAYS_BEFORE_PERIOD = 16;
    private static final Pattern FIRST_PASSWORD = Pattern.compile("Kata sandi awal: (\\S+)");

    record Officer(String user, String code, String role, String district) {
    }

    private final SimHttp http;
    /** Every node the officers may log in to (a cluster's field is spread over them). */
    private final List<SimHttp> nodes;
    private final JdbcTemplate jdbc;
    private final SimulationOptions o;
    private final ZoneId zone;
    final RecruitmentActors actors;
    private String instructor;
    private Set<String> absent = Set.of();

    SimRecruitment(List<SimHttp> nodes, JdbcTemplate jdbc, SimulationOptions o, ZoneId zone) {
        this.http = nodes.get(0);
        this.nodes = List.copyOf(nodes);
        this.jdbc = jdbc;
        this.o = o;
        this.zone = zone;
        this.actors = new RecruitmentActors(this.http, o.seed());
    }

    static String campaign(String regency, long seed) {
        return regency + "-SIM" + Math.abs(seed % 1_000_000);
    }

    /** Runs the chain from {@code clock}'s now (the campaign's first day, 08:00); returns the deployed officers. */
    List<Officer> run(SimClock clock, String admin, String staff, String instructor, List<String> districts) {
        this.instructor = instructor;
        String campaign = campaign(o.regency(), o.seed());
        Instant day0 = clock.now();
        actors.startCampaign(admin, campaign, serverLocal(day0.plus(3, ChronoUnit.DAYS).plus(8, ChronoUnit.HOURS)),
                LocalDate.ofInstant(day0, zone).plusDays(6).toString());
        clock.runDueJobs();
        LocalDate today = LocalDate.ofInstant(day0, zone);
        for (String district : districts) {
            List<String> villages = jdbc.queryForList("select code from village where district_code = ? order by code",
                    String.class, district);
            int expected = jdbc.queryForObject("select coalesce(sum(expected_families), 0) from sls where"
                    + " district_code = ?", Integer.class, district);
            int ppl = SimulationSetup.pplFor(expected);
            int pml = SimulationSetup.pmlFor(ppl);
            actors.importCandidates(staff, campaign, district,
                    SimCandidates.csv(o.seed(), district, villages, SimCandidates.count(ppl, pml), today));
        }
        clock.runDueJobs();
        clock.advanceTo(day0.plus(5, ChronoUnit.HOURS));
        actors.verifyDocuments(staff);
        clock.runDueJobs();
        actors.testScores(staff, campaign);
        clock.runDueJobs();
        actors.interviews(staff);
        clock.runDueJobs();

        clock.advanceTo(day0.plus(3, ChronoUnit.DAYS).plus(9, ChronoUnit.HOURS));
        actors.confirmSelections(staff);
        clock.runDueJobs();
        absent = absentees(staff, campaign);
        for (int round = 0; round < 6; round++) {
            Map<String, List<String>> classes = actors.openClasses(instructor);
            if (classes.isEmpty()) {
                break;
            }
            LocalDate last = classes.keySet().stream().map(this::lastDay).max(LocalDate::compareTo).orElseThrow();
            clock.advanceTo(last.atTime(17, 0).atZone(zone).toInstant());
            classes.forEach((task, trainees) -> actors.recordClass(instructor, task, trainees, absent));
            clock.runDueJobs();
        }
        return deployed(campaign);
    }

    /**
     * Later in the operation, a reserve promoted after an officer left is trained in a make-up class: the
     * instructor records each open class once its last day has come (at the evening round).
     */
    void recordFinishedClasses(SimClock clock) {
        LocalDate today = LocalDate.ofInstant(clock.now(), zone);
        Map<String, List<String>> classes = actors.openClasses(instructor);
        classes.forEach((task, trainees) -> {
            if (!lastDay(task).isAfter(today)) {
                actors.recordClass(instructor, task, trainees, absent);
                actors.count("makeup-class-during-period");
            }
        });
        if (!classes.isEmpty()) {
            clock.runDueJobs();
        }
    }

    String campaign() {
        return campaign(o.regency(), o.seed());
    }

    long uploaded() {
        var n = actors.events.get("candidates-imported");
        return n == null ? 0 : n.get();
    }

    /**
     * Who misses the second day: per district, the rate's share of its selected PPL (rounded, at least one when
     * the rate is above 0), drawn from the seed; their places go to the reserve. Read from the published results.
     */
    private Set<String> absentees(String staff, String campaign) {
        Map<String, List<String>> selectedPpl = new java.util.TreeMap<>();
        String results = http.text(staff, "/api/recruitment/campaigns/" + campaign + "/results.csv");
        // Columns: district_code, district_name, registration_no, name, result, role, ...
        results.lines().skip(1).map(l -> l.split(",", -1)).filter(f -> f.length >= 6 && "SELECTED".equals(f[4])
                && "PPL".equals(f[5]))
                .forEach(f -> selectedPpl.computeIfAbsent(f[0], d -> new ArrayList<>()).add(f[2]));
        Set<String> absent = new HashSet<>();
        double rate = o.rates().traineeAbsent();
        selectedPpl.forEach((district, regs) -> {
            int n = rate <= 0 ? 0 : (int) Math.max(1, Math.round(rate * regs.size()));
            List<String> order = new ArrayList<>(regs);
            Collections.sort(order);
            SplittableRandom r = new SplittableRandom(o.seed() * 31 + district.hashCode());
            for (int i = 0; i < Math.min(n, order.size()); i++) {
                Collections.swap(order, i, i + r.nextInt(order.size() - i));
                absent.add(order.get(i));
            }
        });
        return absent;
    }

    private LocalDate lastDay(String taskAndClass) {
        String classKey = taskAndClass.substring(taskAndClass.indexOf('|') + 1);
        return jdbc.queryForObject("select start_date, days from training_class where class_key = ?", (rs, i) ->
                rs.getDate(1).toLocalDate().plusDays(rs.getInt(2) - 1L), classKey);
    }

    /** The campaign's active officers; each logs in with the first password of its contract mail. */
    private List<Officer> deployed(String campaign) {
        List<Officer> officers = jdbc.query("select o.user_id, o.officer_code, o.role, o.home_district_code,"
                + " c.registration_no from officer o join officer_candidate c on c.id = o.candidate_id where"
                + " c.campaign_key = ? and o.status = 'ACTIVE' order by o.user_id", (rs, i) -> {
                    password(rs.getString(1), rs.getString(5));
                    return new Officer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                }, campaign);
        actors.count("officers-deployed", officers.size());
        return officers;
    }

    private void password(String user, String registration) {
        List<String> mails = jdbc.queryForList("select body from mail_outbox where template = 'recruitment-contract'"
                + " and reference = ? order by id", String.class, registration);
        Matcher m = mails.isEmpty() ? null : FIRST_PASSWORD.matcher(mails.get(mails.size() - 1));
        if (m == null || !m.find() || !user.equals(OfficerDeployment.userId(registration))) {
            throw new IllegalStateException("officer " + user + " finds no contract mail with its first password in the"
                    + " outbox (a running outbox sender, --regsosek.mail.outbox.worker=true, may have sent it)");
        }
        String first = m.group(1);
        nodes.forEach(node -> node.password(user, first));
    }

    /** A moment as the campaign form's datetime field gives it: local time of the server's zone, to the minute. */
    private static String serverLocal(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneId.systemDefault()).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
