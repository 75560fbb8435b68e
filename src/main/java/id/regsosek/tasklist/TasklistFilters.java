package id.regsosek.tasklist;

import static id.regsosek.tasklist.TaskColumns.ATTEMPT;
import static id.regsosek.tasklist.TaskColumns.BUILDING;
import static id.regsosek.tasklist.TaskColumns.CANDIDATE;
import static id.regsosek.tasklist.TaskColumns.DISTRICT;
import static id.regsosek.tasklist.TaskColumns.DISTRICT_NAME;
import static id.regsosek.tasklist.TaskColumns.HEAD;
import static id.regsosek.tasklist.TaskColumns.REGISTRATION;
import static id.regsosek.tasklist.TaskColumns.SLS;
import static id.regsosek.tasklist.TaskColumns.SLS_NAME;
import static id.regsosek.tasklist.TaskColumns.VILLAGE;

import id.regsosek.access.SlsAccessProcess;
import id.regsosek.assignment.AreaAssignmentProcess;
import id.regsosek.identity.Groups;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.selection.SelectionProcess;
import id.regsosek.signoff.AreaSignoffProcess;
import id.regsosek.visit.VisitProcess;
import id.regsosek.visit.VisitSettings;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, per role: short lists of one step each. Queries use the engine's
 * {@code ${currentUser()}} and {@code ${currentUserGroups()}}, and run under the user's authentication, so the
 * tenant check keeps every list to the user's regency. {@link FilterSync} keeps the engine's filters equal to these.
 */
@Component
public class TasklistFilters {

    public static final String MINE = "Tugas saya";
    public static final String GROUPS = "Tugas kelompok saya";
    public static final String PPL_TODAY = "Kunjungan hari ini";
    public static final String PPL_CORRECT = "Perlu diperbaiki";
    public static final String PML_CHECK = "Menunggu pemeriksaan";
    public static final String PML_RETURNED = "Dikembalikan";
    public static final String PML_SIGNOFF = "SLS menunggu persetujuan";
    public static final String KOSEKA_DISTRICT = "Kecamatan saya";
    public static final String STAFF_VERIFY = "Verifikasi dokumen";
    public static final String STAFF_TEST = "Input nilai tes";
    public static final String STAFF_INTERVIEW = "Wawancara";
    public static final String STAFF_CONFIRM = "Konfirmasi daftar kecamatan";
    /** The recruitment staff's step filters, in the panel's order (their codes; see {@link StaffDistricts}). */
    public static final List<String> STAFF_STEPS = List.of("staff-verify", "staff-test",
            "staff-interview", "staff-confirm");

    /**
     * The Koseka's steps. "Involved" (assignee, owner or candidate user) is an OR over the task and its identity
     * links that no index serves: alone, it read every open task, a million at the regency's size, per request. The
     * steps narrow it first, by the step's index (EngineIndexes). KosekaStepsTest keeps the list equal to the models.
     */
    public static final List<String> KOSEKA_STEPS = List.of(AreaAssignmentProcess.TASK_REVIEW,
            AreaAssignmentProcess.TASK_REVIEW_REASSIGNMENT, AreaSignoffProcess.TASK_APPROVE_DISTRICT,
            VisitProcess.TASK_CONVINCE_OFFICIAL, SlsAccessProcess.TASK_KOSEKA);

    private static final String ME = "${currentUser()}";
    private static final List<String> FAMILY = List.of(HEAD, BUILDING, SLS, ATTEMPT);
    private static final List<String> CANDIDATES = List.of(CANDIDATE, REGISTRATION, DISTRICT, DISTRICT_NAME);

    private final TaskService tasks;
    private final String tomorrow;

    public TasklistFilters(TaskService tasks, VisitSettings visits) {
        this.tasks = tasks;
        this.tomorrow = tomorrow(visits.zone(), ZoneId.systemDefault(), Instant.now());
    }

    /**
     * The start of tomorrow in the regency's zone, as a filter expression: a follow-up date (the PPL's day plan, or
     * one it sets) hides a visit from "today" until that day. The engine's {@code dateTime()} is in the server's
     * zone; a server on UTC would start Jakarta's day at 07:00, so "today" lagged a day from midnight to 07:00 WIB
     * (the day's first visits, planned for its noon, were missing). The difference is shifted in and out around
     * the start of the day (Indonesia's zones keep no summer time).
     */
    public static String tomorrow(ZoneId regency, ZoneId server, Instant at) {
        int shift = (regency.getRules().getOffset(at).getTotalSeconds() - server.getRules().getOffset(at)
                .getTotalSeconds()) / 60;
        return shift == 0 ? "${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}"
                : "${dateTime().plusMinutes(" + shift + ").withTimeAtStartOfDay().plusDays(1).minusMinutes(" + shift
                + ").toDate()}";
    }

    public List<TaskFilter> all() {
        List<String> everyone = new ArrayList<>(Groups.NAMES.keySet());
        List<TaskFilter> f = new ArrayList<>();
        f.add(new TaskFilter("mine", MINE, "Tugas yang ditugaskan kepada saya", -10, everyone,
                tasks.createTaskQuery().taskAssigneeExpression(ME), List.of(HEAD, SLS, CANDIDATE, DISTRICT)));
        f.add(new TaskFilter("groups", GROUPS, "Tugas kelompok saya yang belum diambil", -5, everyone,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(),
                List.of(HEAD, SLS, CANDIDATE, DISTRICT)));
        f.add(new TaskFilter("ppl-today", PPL_TODAY, "Keluarga yang saya kunjungi hari ini, urut SLS", -20,
                List.of(Groups.PPL), visits(VisitProcess.TASK_VISIT)
                .followUpBeforeOrNotExistentExpression(tomorrow)
                .orderByTaskVariable(SLS, ValueType.STRING).asc()
                .orderByTaskVariable(BUILDING, ValueType.STRING).asc(), FAMILY));
        f.add(new TaskFilter("ppl-correct", PPL_CORRECT, "Formulir yang dikembalikan PML", -19, List.of(Groups.PPL),
                visits(VisitProcess.TASK_CORRECT_FORM).orderByTaskCreateTime().asc(), FAMILY));
        f.add(new TaskFilter("pml-check", PML_CHECK, "Formulir PPL yang menunggu pemeriksaan saya", -20,
                List.of(Groups.PML), visits(VisitProcess.TASK_CHECK_FORM).orderByTaskCreateTime().asc(), FAMILY));
        f.add(new TaskFilter("pml-returned", PML_RETURNED, "SLS yang dikembalikan Koseka", -19, List.of(Groups.PML),
                signoff().processVariableValueEquals(AreaSignoffProcess.VAR_KOSEKA_DECISION,
                        AreaSignoffProcess.RETURN), List.of(SLS, SLS_NAME, VILLAGE)));
        f.add(new TaskFilter("pml-signoff", PML_SIGNOFF, "SLS yang menunggu persetujuan saya", -18,
                List.of(Groups.PML), signoff().orderByTaskVariable(SLS, ValueType.STRING).asc(),
                List.of(SLS, SLS_NAME, VILLAGE)));
        f.add(new TaskFilter("koseka-district", KOSEKA_DISTRICT, "Tugas kecamatan saya (ditugaskan atau"
                + " ditawarkan kepada saya)", -20, List.of(Groups.KOSEKA), tasks.createTaskQuery()
                .taskInvolvedUserExpression(ME).taskDefinitionKeyIn(KOSEKA_STEPS.toArray(String[]::new))
                .orderByTaskCreateTime().asc(),
                List.of(DISTRICT, DISTRICT_NAME, SLS, SLS_NAME, HEAD)));
        f.add(staff(STAFF_STEPS.get(0), STAFF_VERIFY, RecruitmentProcess.KEY, RecruitmentProcess.VERIFY_DOCUMENTS,
                -20));
        f.add(staff(STAFF_STEPS.get(1), STAFF_TEST, RecruitmentProcess.KEY, RecruitmentProcess.ENTER_TEST_SCORE, -19));
        f.add(staff(STAFF_STEPS.get(2), STAFF_INTERVIEW, RecruitmentProcess.KEY, RecruitmentProcess.INTERVIEW, -18));
        f.add(staff(STAFF_STEPS.get(3), STAFF_CONFIRM, SelectionProcess.KEY, SelectionProcess.CONFIRM, -17));
        return f;
    }

    private TaskQuery visits(String step) {
        return tasks.createTaskQuery().taskAssigneeExpression(ME).processDefinitionKey(VisitProcess.KEY)
                .taskDefinitionKey(step);
    }

    private TaskQuery signoff() {
        return tasks.createTaskQuery().taskAssigneeExpression(ME).processDefinitionKey(AreaSignoffProcess.KEY)
                .taskDefinitionKey(AreaSignoffProcess.TASK_APPROVE_AREA);
    }

    /** A recruitment step of the panel, claimed or not, sorted by district then registration number. */
    private TaskFilter staff(String code, String name, String process, String step, int priority) {
        TaskQuery query = tasks.createTaskQuery().taskCandidateGroup(Groups.RECRUITMENT_STAFF).includeAssignedTasks()
                .processDefinitionKey(process).taskDefinitionKey(step)
                .orderByTaskVariable(DISTRICT, ValueType.STRING).asc();
        if (process.equals(RecruitmentProcess.KEY)) {
            query.orderByTaskVariable(REGISTRATION, ValueType.STRING).asc();
        }
        return new TaskFilter(code, name, "Panitia seleksi: " + name.toLowerCase(), priority,
                List.of(Groups.RECRUITMENT_STAFF), query, process.equals(RecruitmentProcess.KEY) ? CANDIDATES
                : List.of(DISTRICT, DISTRICT_NAME, TaskColumns.CAMPAIGN));
    }
}
