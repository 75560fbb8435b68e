package id.regsosek.simulate;

import static id.regsosek.simulate.OfficeActors.typed;

import com.fasterxml.jackson.databind.JsonNode;
import id.regsosek.recruitment.CampaignProcess;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.selection.SelectionProcess;
import id.regsosek.recruitment.training.TrainingProcess;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recruitment's people on the application's HTTP interfaces, as they work: the regency admin starts the campaign
 * from Tasklist's start form; recruitment staff upload the registrations and the online test's export, check
 * doubtful documents, key the scores of those who sat the test on paper and interview everyone in Tasklist, and
 * confirm each district's list; the instructor records each class's sheet. A candidate's answers are drawn from
 * the seed and its registration number ({@link SimCandidates#draw}).
 */
final class RecruitmentActors {

    /** The registration number in a task's name ("Wawancara: Calon 321601 7, No. pendaftaran SIM-321601-0007, ..."). */
    private static final Pattern REGISTRATION = Pattern.compile("SIM-\\d+-\\d{4}");
    static final int TRAINING_DAYS = 2;
    private static final int PAGE = 200;

    private final SimHttp http;
    private final long seed;
    final Map<String, AtomicInteger> events = new ConcurrentHashMap<>();

    RecruitmentActors(SimHttp http, long seed) {
        this.http = http;
        this.seed = seed;
    }

    /** The admin's start form: registration opens now, closes and training starts as given (the server's zone). */
    void startCampaign(String admin, String campaign, String closes, String trainingStart) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(RecruitmentProcess.CAMPAIGN_KEY, typed(campaign, "String"));
        v.put(CampaignProcess.REGISTRATION_OPENS, typed("", "String"));
        v.put(CampaignProcess.REGISTRATION_CLOSES, typed(closes, "String"));
        v.put(CampaignProcess.TRAINING_PLACE, typed("Aula Kantor (simulasi)", "String"));
        v.put(CampaignProcess.TRAINING_START, typed(trainingStart, "String"));
        v.put(CampaignProcess.TRAINING_DAYS, typed(TRAINING_DAYS, "Long"));
        http.post(admin, http.engine("/process-definition/key/" + CampaignProcess.KEY + "/submit-form"),
                Map.of("variables", v));
        count("campaign-started");
    }

    void importCandidates(String staff, String campaign, String district, String csv) {
        http.upload(staff, "/api/recruitment/campaigns/" + campaign + "/candidates", "pendaftar-" + district + ".csv",
                csv.getBytes(StandardCharsets.UTF_8));
        count("candidates-imported", (int) csv.lines().count() - 1);
    }

    /** Doubtful documents: four in five turn out valid. */
    int verifyDocuments(String staff) {
        return completeEach(staff, RecruitmentProcess.VERIFY_DOCUMENTS, reg -> {
            boolean valid = SimCandidates.draw(seed, reg + "/documents").nextInt(5) > 0;
            count(valid ? "documents-valid" : "documents-invalid");
            return valid ? Map.of(RecruitmentProcess.DOCUMENTS_VALID, typed(true, "Boolean"))
                    : Map.of(RecruitmentProcess.DOCUMENTS_VALID, typed(false, "Boolean"),
                    RecruitmentProcess.VERIFY_NOTE, typed("KTP tidak terbaca (simulasi)", "String"));
        });
    }

    /**
     * The scores: most candidates sat the online test, whose export is uploaded as one file; the others sat it on
     * paper, and staff key each score in the candidate's "Input nilai tes" task.
     */
    int testScores(String staff, String campaign) {
        StringBuilder file = new StringBuilder("registration_no,test_score\n");
        int online = 0;
        for (String reg : registrations(staff, RecruitmentProcess.ENTER_TEST_SCORE)) {
            if (SimCandidates.draw(seed, reg + "/paper").nextInt(100) >= 15) {
                file.append(reg).append(',').append(score(reg, "/test")).append('\n');
                online++;
            }
        }
        if (online > 0) {
            http.upload(staff, "/api/recruitment/campaigns/" + campaign + "/test-scores", "nilai-tes-online.csv",
                    file.toString().getBytes(StandardCharsets.UTF_8));
            count("test-scores-by-file", online);
        }
        return online + completeEach(staff, RecruitmentProcess.ENTER_TEST_SCORE, reg -> {
            count("test-scores-keyed");
            return Map.of(RecruitmentProcess.TEST_SCORE, typed(score(reg, "/test"), "Long"));
        });
    }

    int interviews(String staff) {
        return completeEach(staff, RecruitmentProcess.INTERVIEW, reg -> {
            count("interviewed");
            return Map.of(RecruitmentProcess.INTERVIEW_SCORE, typed(score(reg, "/interview"), "Long"));
        });
    }

    /** Staff confirm each district's ranked list as proposed (no swap). */
    int confirmSelections(String staff) {
        return completeEach(staff, SelectionProcess.CONFIRM, reg -> {
            count("district-list-confirmed");
            return Map.of();
        });
    }

    /**
     * The instructor's open class sheets, each with its class key and the registration numbers it lists (the
     * form's trainee list).
     */
    Map<String, List<String>> openClasses(String instructor) {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        for (JsonNode task : allTasks(instructor, TrainingProcess.TASK_RECORD)) {
            JsonNode vars = http.get(instructor, http.engine("/task/" + task.get("id").asText()
                    + "/form-variables?variableNames=" + TrainingProcess.CLASS_KEY + "," + TrainingProcess.TRAINEE_LIST
                    // The trainee list is a Json variable: its text, as Tasklist's form reads it.
                    + "&deserializeValues=false"));
            List<String> regs = new ArrayList<>();
            Matcher m = REGISTRATION.matcher(vars.path(TrainingProcess.TRAINEE_LIST).path("value").toString());
            while (m.find()) {
                regs.add(m.group());
            }
            if (regs.isEmpty()) {
                throw new IllegalStateException("the instructor's class sheet lists no trainee: " + vars);
            }
            classes.put(task.get("id").asText() + "|" + vars.path(TrainingProcess.CLASS_KEY).path("value").asText(),
                    regs);
        }
        return classes;
    }

    /** One class's sheet: present both days unless absent on the second, pre-test 60, post-test 70-95. */
    void recordClass(String instructor, String taskAndClass, List<String> trainees, Set<String> absent) {
        StringBuilder sheet = new StringBuilder();
        for (String reg : trainees) {
            sheet.append(reg).append(absent.contains(reg) ? ";hadir;absen;60;" : ";hadir;hadir;60;")
                    .append(70 + SimCandidates.draw(seed, reg + "/post").nextInt(26)).append('\n');
            count(absent.contains(reg) ? "trainee-absent" : "trainee-present");
        }
        String task = taskAndClass.substring(0, taskAndClass.indexOf('|'));
        http.post(instructor, http.engine("/task/" + task + "/complete"), Map.of("variables",
                Map.of(TrainingProcess.RESULTS, typed(sheet.toString(), "String"))));
        count("class-recorded");
    }

    private int score(String reg, String what) {
        return 40 + SimCandidates.draw(seed, reg + what).nextInt(61);
    }

    private List<String> registrations(String user, String taskKey) {
        return allTasks(user, taskKey).stream().map(RecruitmentActors::registration).toList();
    }

    /** Every open task of the step the user sees, page by page (a regency's classes are several hundred). */
    private List<JsonNode> allTasks(String user, String taskKey) {
        List<JsonNode> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<JsonNode> page = tasks(user, taskKey, first);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private int completeEach(String user, String taskKey,
                             java.util.function.Function<String, Map<String, Object>> answer) {
        int n = 0;
        while (true) {
            List<JsonNode> page = tasks(user, taskKey, 0);
            if (page.isEmpty()) {
                return n;
            }
            for (JsonNode task : page) {
                String reg = taskKey.equals(SelectionProcess.CONFIRM) ? "" : registration(task);
                http.post(user, http.engine("/task/" + task.get("id").asText() + "/complete"),
                        Map.of("variables", answer.apply(reg)));
                n++;
            }
        }
    }

    private List<JsonNode> tasks(String user, String taskKey, int first) {
        List<JsonNode> list = new ArrayList<>();
        http.get(user, http.engine("/task?taskDefinitionKey=" + taskKey + "&sortBy=id&sortOrder=asc&firstResult="
                + first + "&maxResults=" + PAGE)).forEach(list::add);
        return list;
    }

    private static String registration(JsonNode task) {
        Matcher m = REGISTRATION.matcher(task.path("name").asText());
        if (!m.find()) {
            throw new IllegalStateException("task " + task.path("id").asText() + " does not name its candidate: "
                    + task.path("name").asText());
        }
        return m.group();
    }

    void count(String event) {
        count(event, 1);
    }

    void count(String event, int n) {
        events.computeIfAbsent(event, e -> new AtomicInteger()).addAndGet(n);
    }
}
