package id.regsosek.visit;

import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Field app API (HTTP Basic as the officer). PPL: families, tasks, attempts, family data, new families, calendar.
 * PML: tasks, checks, help with non-contact, refusals, moves. Koseka: escalated refusals. Errors: 403 another
 * officer's family, 404 unknown family, 409 task already completed or not at that step, 422 invalid data.
 */
@RestController
@RequestMapping("/api/visits")
public class VisitController {

    static final int MAX_PAGE = 200;
    /** Beyond this many rows a list is not paged through by anyone: refused instead of overflowing the offset. */
    static final long MAX_OFFSET = 1_000_000;

    private final FieldVisitService visits;
    private final FieldTasks tasks;
    private final VisitQueries queries;
    private final FieldOfficers officers;
    private final AttemptLog attempts;
    private final VisitCalendar calendar;
    private final FamilyDataStore data;
    private final NewFamilies newFamilies;

    public VisitController(FieldVisitService visits, FieldTasks tasks, VisitQueries queries, FieldOfficers officers,
                           AttemptLog attempts, VisitCalendar calendar, FamilyDataStore data,
                           NewFamilies newFamilies) {
        this.visits = visits;
        this.tasks = tasks;
        this.queries = queries;
        this.officers = officers;
        this.attempts = attempts;
        this.calendar = calendar;
        this.data = data;
        this.newFamilies = newFamilies;
    }

    /** The caller's open tasks (PPL: visits, corrections; PML: checks, help, refusals, moves), oldest first. */
    @GetMapping("/tasks")
    public VisitApi.Page<VisitApi.TaskItem> myTasks(@RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "50") int size) {
        RegsosekUser user = CurrentUser.requireGroup(Groups.PPL, Groups.PML, Groups.KOSEKA);
        CurrentUser.regency();
        checkPaging(page, size);
        if (user.inGroup(Groups.KOSEKA)) {
            return queries.groupTasks(CurrentUser.regency(), Groups.KOSEKA, page, size);
        }
        return queries.tasksOf(user.userId(), page, size);
    }

    @GetMapping("/families")
    public VisitApi.Page<VisitApi.FamilyItem> myFamilies(@RequestParam(defaultValue = "false") boolean open,
                                                         @RequestParam(defaultValue = "0") int page,
                                                         @RequestParam(defaultValue = "50") int size) {
        RegsosekUser user = CurrentUser.requireGroup(Groups.PPL);
        CurrentUser.regency();
        checkPaging(page, size);
        return queries.familiesOf(user.userId(), open, page, size);
    }

    @GetMapping("/families/{id}")
    public VisitApi.FamilyDetail family(@PathVariable long id) {
        requireOwnAsPplOrPml(id);
        return new VisitApi.FamilyDetail(queries.family(id), data.membersMasked(id), attempts.ofFamily(id),
                calendar.ofFamily(id));
    }

    @GetMapping("/families/{id}/attempts")
    public List<AttemptLog.Attempt> attempts(@PathVariable long id) {
        requireOwnAsPplOrPml(id);
        return attempts.ofFamily(id);
    }

    @PostMapping("/families/{id}/attempts")
    public ResponseEntity<VisitApi.AttemptAnswer> report(@PathVariable long id,
                                                         @RequestBody VisitApi.AttemptRequest request) {
        VisitApi.AttemptAnswer a = visits.reportAttempt(id, request);
        return ResponseEntity.status(a.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(a);
    }

    @RequestMapping(path = "/families/{id}/data", method = {RequestMethod.PUT, RequestMethod.POST})
    public ResponseEntity<Void> submitData(@PathVariable long id, @RequestBody FamilyData body) {
        visits.submitData(id, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/families/{id}/correction")
    public ResponseEntity<Void> corrected(@PathVariable long id) {
        visits.corrected(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/families/{id}/check")
    public ResponseEntity<Void> check(@PathVariable long id, @RequestBody VisitApi.CheckRequest request) {
        visits.check(id, request);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/families/{id}/help")
    public ResponseEntity<Void> help(@PathVariable long id, @RequestBody VisitApi.HelpRequest request) {
        visits.help(id, request);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/families/{id}/refusal")
    public ResponseEntity<Void> refusal(@PathVariable long id, @RequestBody VisitApi.DecisionRequest request) {
        boolean koseka = CurrentUser.get().inGroup(Groups.KOSEKA);
        visits.refusalEffort(id, request, koseka);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/families/{id}/move")
    public ResponseEntity<Void> move(@PathVariable long id, @RequestBody VisitApi.DecisionRequest request) {
        visits.confirmMove(id, request);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/sls/{slsId}/families")
    public ResponseEntity<NewFamilies.Added> addFamily(@PathVariable long slsId,
                                                       @RequestBody VisitApi.NewFamilyRequest r) {
        RegsosekUser user = CurrentUser.requireGroup(Groups.PPL);
        String pplOfSls = officers.pplUserOfSls(slsId)
                .orElseThrow(() -> new id.regsosek.common.NotFoundException("SLS " + slsId + " has no approved PPL"));
        if (!pplOfSls.equals(user.userId())) {
            throw new org.springframework.security.access.AccessDeniedException("SLS " + slsId + " is not yours");
        }
        if (r == null) {
            throw new InvalidFamilyDataException(List.of(new FieldProblem("headName", "wajib diisi (required)")));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(newFamilies.add(slsId, r.headName(), r.address(),
                r.kkNumber()));
    }

    /** The PPL's planned revisits and appointments by day, from {@code from} (default today) for {@code days}. */
    @GetMapping("/calendar")
    public List<VisitApi.CalendarDay> calendar(@RequestParam(required = false) LocalDate from,
                                               @RequestParam(defaultValue = "7") int days) {
        RegsosekUser user = CurrentUser.requireGroup(Groups.PPL);
        if (days < 1 || days > 62) {
            throw new BadParameterException("days", "harus 1..62");
        }
        LocalDate today = LocalDate.now(calendarZone());
        if (from != null && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(today, from)) > 366) {
            throw new BadParameterException("from", "harus dalam satu tahun dari hari ini");
        }
        long officer = officers.officerIdOfUser(user.userId())
                .orElseThrow(() -> new id.regsosek.common.NotFoundException("you are not an active officer"));
        LocalDate start = from == null ? today : from;
        return calendar.byDay(officer, start, days).entrySet().stream()
                .map(e -> new VisitApi.CalendarDay(e.getKey(), e.getValue())).toList();
    }

    private java.time.ZoneId calendarZone() {
        return java.time.ZoneId.of("Asia/Jakarta");
    }

    private void requireOwnAsPplOrPml(long id) {
        tasks.requireOwn(id, CurrentUser.get().inGroup(Groups.PML) ? FieldTasks.Role.PML : FieldTasks.Role.PPL);
    }

    private static void checkPaging(int page, int size) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (size < 1 || size > MAX_PAGE) {
            problems.add(new FieldProblem("size", "harus 1.." + MAX_PAGE));
        }
        if (page < 0) {
            problems.add(new FieldProblem("page", "harus 0 atau lebih"));
        } else if ((long) page * Math.max(size, 1) > MAX_OFFSET) {
            problems.add(new FieldProblem("page", "terlalu jauh: page x size paling banyak " + MAX_OFFSET));
        }
        if (!problems.isEmpty()) {
            throw new BadParameterException(problems);
        }
    }
}
