package id.regsosek.assignment;

import id.regsosek.frame.AreaCodes;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import id.regsosek.imports.BackgroundImports;
import id.regsosek.imports.ImportAnswers;
import id.regsosek.imports.ImportReport;
import id.regsosek.imports.ImportRun;
import id.regsosek.imports.ImportRuns;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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
 * Area assignment over HTTP. {@code GET /my-sls} is what a field app calls for the logged-in PPL or PML; the
 * regency admin starts a district, reports a dropout and imports prelists; Koseka, admin and manager read a
 * district's plan.
 */
@RestController
@RequestMapping("/api/assignment")
public class AssignmentController {

    public record DropoutRequest(String reason) {
    }

    public record DistrictPlan(String district, String state, String summary) {
    }

    private final OfficerAreas areas;
    private final AssignmentStarter starter;
    private final SummaryWriter summaries;
    private final PlanStore plans;
    private final PrelistImporter prelist;
    private final ImportRuns runs;
    private final BackgroundImports background;

    public AssignmentController(OfficerAreas areas, AssignmentStarter starter, SummaryWriter summaries,
                                PlanStore plans, PrelistImporter prelist, ImportRuns runs,
                                BackgroundImports background) {
        this.background = background;
        this.areas = areas;
        this.starter = starter;
        this.summaries = summaries;
        this.plans = plans;
        this.prelist = prelist;
        this.runs = runs;
    }

    @GetMapping("/my-sls")
    public List<OfficerAreas.Area> mySls() {
        RegsosekUser user = CurrentUser.requireGroup(Groups.PPL, Groups.PML);
        CurrentUser.regency();
        return areas.ofUser(user.userId());
    }

    @GetMapping("/districts/{code}")
    public DistrictPlan district(@PathVariable String code) {
        CurrentUser.requireGroup(Groups.KOSEKA, Groups.REGENCY_ADMIN, Groups.MANAGER);
        CurrentUser.requireOwnRegency(AreaCodes.regencyOf(code));
        String state = plans.state(code);
        if (state == null) {
            throw new id.regsosek.common.NotFoundException("no assignment proposed yet for district " + code);
        }
        return new DistrictPlan(code, state, summaries.summary(code));
    }

    @PostMapping("/districts/{code}/start")
    public ResponseEntity<Map<String, String>> start(@PathVariable String code) {
        RegsosekUser user = CurrentUser.requireGroup(Groups.REGENCY_ADMIN);
        String regency = CurrentUser.requireOwnRegency(AreaCodes.regencyOf(code));
        String id = starter.start(regency, code, user.userId());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("processInstanceId", id, "district", code));
    }

    @PostMapping("/officers/{officerCode}/dropout")
    public ResponseEntity<Map<String, String>> dropout(@PathVariable String officerCode,
                                                       @RequestBody DropoutRequest request) {
        RegsosekUser user = CurrentUser.requireGroup(Groups.REGENCY_ADMIN);
        Officers.Officer officer = starter.officer(officerCode);
        CurrentUser.requireOwnRegency(officer.regencyCode());
        starter.dropout(officer, request == null ? null : request.reason(), user.userId());
        return ResponseEntity.accepted().body(Map.of("officer", officerCode, "district", officer.districtCode()));
    }

    @PostMapping("/prelist")
    public ResponseEntity<ImportReport> importPrelist(@RequestPart MultipartFile file,
                                                      @RequestParam(required = false) String district,
                                                      @RequestParam(defaultValue = "false") boolean async)
            throws IOException {
        RegsosekUser user = CurrentUser.requireGroup(Groups.REGENCY_ADMIN);
        String regency = CurrentUser.regency();
        if (district != null) {
            CurrentUser.requireOwnRegency(AreaCodes.regencyOf(district));
        }
        String name = file.getOriginalFilename() == null ? "prelist.csv" : file.getOriginalFilename();
        byte[] content = file.getBytes();
        if (async) {
            ImportReport started = background.start(PrelistImporter.KIND, name, regency, user.userId(),
                    r -> prelist.importFile(regency, district, name, content, r), null);
            return ResponseEntity.accepted().header("Location", "/api/imports/" + started.id()).body(started);
        }
        ImportRun run = runs.register(PrelistImporter.KIND, name, regency, user.userId());
        ImportReport report = runs.execute(run, r -> prelist.importFile(regency, district, name, content, r));
        return ImportAnswers.of(report);
    }
}
