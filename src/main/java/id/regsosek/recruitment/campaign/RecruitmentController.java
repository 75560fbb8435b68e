package id.regsosek.recruitment.campaign;

import id.regsosek.common.NotFoundException;
import id.regsosek.frame.AreaCodes;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import id.regsosek.identity.SystemCalls;
import id.regsosek.imports.ImportAnswers;
import id.regsosek.imports.ImportReport;
import id.regsosek.imports.ImportRuns;
import id.regsosek.recruitment.Campaigns;
import id.regsosek.recruitment.candidate.RecruitmentImports;
import id.regsosek.recruitment.selection.SelectionExport;
import id.regsosek.recruitment.selection.SelectionStarter;
import id.regsosek.recruitment.training.SingleTraineeResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Recruitment over HTTP for recruitment staff and the regency admin: candidate and test-score imports (200 with
 * counts, 422 with every bad line; {@code async=true}: 202 and progress at /api/recruitment/imports/{id}).
 */
@RestController
@RequestMapping("/api/recruitment")
public class RecruitmentController {

    /** A trainee's outcome as the instructor records it. */
    /** Attendance per day ({@code attendance}: one true/false per class day); {@code attendedAllDays} is refused. */
    public record TrainingResult(List<Boolean> attendance, Boolean attendedAllDays, Integer postTest) {
    }

    private final RecruitmentImports imports;
    private final ImportRuns runs;
    private final SelectionStarter selections;
    private final SelectionExport export;
    private final SingleTraineeResult traineeResult;
    private final IdentityService identity;
    private final Campaigns campaigns;

    public RecruitmentController(RecruitmentImports imports, ImportRuns runs, SelectionStarter selections,
                                 SelectionExport export, SingleTraineeResult traineeResult, IdentityService identity,
                                 Campaigns campaigns) {
        this.identity = identity;
        this.campaigns = campaigns;
        this.imports = imports;
        this.runs = runs;
        this.selections = selections;
        this.export = export;
        this.traineeResult = traineeResult;
    }

    /** Starts the district's selection (its list then waits for confirmation in Tasklist). */
    @PostMapping("/campaigns/{campaign}/districts/{district}/selection")
    public ResponseEntity<Map<String, String>> startSelection(@PathVariable String campaign,
                                                              @PathVariable String district) {
        CurrentUser.requireGroup(Groups.RECRUITMENT_STAFF, Groups.REGENCY_ADMIN);
        String regency = CurrentUser.requireOwnRegency(AreaCodes.regencyOf(district));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("processInstanceId",
                selections.start(regency, campaign, district)));
    }

    /** Where the regency's campaign stands (state, registration window, when each stage was reached, counts). */
    @GetMapping("/campaigns/{campaign}")
    public Map<String, Object> campaign(@PathVariable String campaign) {
        CurrentUser.requireGroup(Groups.RECRUITMENT_STAFF, Groups.REGENCY_ADMIN, Groups.MANAGER);
        return campaigns.summary(CurrentUser.regency(), campaign).orElseThrow(() -> new NotFoundException(
                "no campaign process " + campaign + " in regency " + CurrentUser.regency()));
    }

    /** The result list as the campaign published it when every district's selection was done. */
    @GetMapping(value = "/campaigns/{campaign}/published-results.csv", produces = "text/csv")
    public ResponseEntity<String> publishedResults(@PathVariable String campaign) {
        CurrentUser.requireGroup(Groups.RECRUITMENT_STAFF, Groups.REGENCY_ADMIN, Groups.MANAGER);
        String csv = campaigns.publishedResults(CurrentUser.regency(), campaign).orElseThrow(() ->
                new NotFoundException("campaign " + campaign + " has not published its results yet"));
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"hasil-seleksi-"
                + campaign.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv\"").body(csv);
    }

    /** Every district's published result as CSV (selected + role, reserve + rank, not selected). */
    @GetMapping(value = "/campaigns/{campaign}/results.csv", produces = "text/csv")
    public ResponseEntity<String> results(@PathVariable String campaign) {
        CurrentUser.requireGroup(Groups.RECRUITMENT_STAFF, Groups.REGENCY_ADMIN, Groups.MANAGER);
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"hasil-seleksi-"
                + campaign.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv\"").body(export.csv(CurrentUser.regency(),
                campaign));
    }

    @PostMapping("/campaigns/{campaign}/trainees/{registrationNo}/result")
    public Map<String, Object> trainingResult(@PathVariable String campaign, @PathVariable String registrationNo,
                                              @RequestBody TrainingResult result) {
        CurrentUser.requireGroup(Groups.INSTRUCTOR, Groups.RECRUITMENT_STAFF);
        String regency = CurrentUser.regency();
        // Our group check above decides; the engine step runs for the system (instructors cannot touch instances).
        if (result.attendance() == null || result.attendance().isEmpty() || result.attendance().contains(null)) {
            throw new IllegalArgumentException("attendance is required: one true/false per training day, e.g."
                    + " {\"attendance\":[true,true],\"postTest\":75} (attendedAllDays is no longer taken)");
        }
        boolean passed = SystemCalls.asSystem(identity, () -> traineeResult.record(regency, campaign,
                registrationNo, result.attendance(), result.postTest()));
        return Map.of("registrationNo", registrationNo, "passed", passed);
    }

    @PostMapping("/campaigns/{campaign}/candidates")
    public ResponseEntity<ImportReport> importCandidates(@PathVariable String campaign,
                                                         @RequestPart MultipartFile file,
                                                         @RequestParam(defaultValue = "false") boolean async)
            throws IOException {
        RegsosekUser user = CurrentUser.requireGroup(Groups.RECRUITMENT_STAFF, Groups.REGENCY_ADMIN);
        String name = file.getOriginalFilename() == null ? "candidates.csv" : file.getOriginalFilename();
        if (async) {
            ImportReport started = imports.importCandidatesAsync(CurrentUser.regency(), campaign, name,
                    file.getBytes(), user.userId());
            return ResponseEntity.accepted().header("Location", "/api/recruitment/imports/" + started.id())
                    .body(started);
        }
        String regency = CurrentUser.regency();
        byte[] content = file.getBytes();
        return ImportAnswers.of(SystemCalls.asSystem(identity, () -> imports.importCandidates(regency, campaign, name, content,
                user.userId())));
    }

    @PostMapping("/campaigns/{campaign}/test-scores")
    public ResponseEntity<ImportReport> importTestScores(@PathVariable String campaign,
                                                         @RequestPart MultipartFile file,
                                                         @RequestParam(defaultValue = "false") boolean async)
            throws IOException {
        RegsosekUser user = CurrentUser.requireGroup(Groups.RECRUITMENT_STAFF, Groups.REGENCY_ADMIN);
        String name = file.getOriginalFilename() == null ? "test-scores.csv" : file.getOriginalFilename();
        String regency = CurrentUser.regency();
        byte[] content = file.getBytes();
        if (async) {
            ImportReport started = imports.importTestScoresAsync(regency, campaign, name, content, user.userId());
            return ResponseEntity.accepted().header("Location", "/api/recruitment/imports/" + started.id())
                    .body(started);
        }
        // Scores wake instances in the user's regency only (tenant-scoped correlation), on the system's authority.
        return ImportAnswers.of(SystemCalls.asSystem(identity, () -> imports.importTestScores(regency, campaign, name, content,
                user.userId())));
    }

    @GetMapping("/imports/{id}")
    public ImportReport importRun(@PathVariable String id) {
        return runs.find(id, CurrentUser.regency())
                .orElseThrow(() -> new NotFoundException("no import " + id + " in regency " + CurrentUser.regency()));
    }

}
