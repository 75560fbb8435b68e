package id.regsosek.recruitment;

import id.regsosek.common.NotFoundException;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import id.regsosek.imports.ImportReport;
import id.regsosek.imports.ImportRuns;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    private final RecruitmentImports imports;
    private final ImportRuns runs;

    public RecruitmentController(RecruitmentImports imports, ImportRuns runs) {
        this.imports = imports;
        this.runs = runs;
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
        return answer(imports.importCandidates(CurrentUser.regency(), campaign, name, file.getBytes(), user.userId()));
    }

    @PostMapping("/campaigns/{campaign}/test-scores")
    public ResponseEntity<ImportReport> importTestScores(@PathVariable String campaign,
                                                         @RequestPart MultipartFile file) throws IOException {
        RegsosekUser user = CurrentUser.requireGroup(Groups.RECRUITMENT_STAFF, Groups.REGENCY_ADMIN);
        String name = file.getOriginalFilename() == null ? "test-scores.csv" : file.getOriginalFilename();
        return answer(imports.importTestScores(CurrentUser.regency(), campaign, name, file.getBytes(), user.userId()));
    }

    @GetMapping("/imports/{id}")
    public ImportReport importRun(@PathVariable String id) {
        return runs.find(id, CurrentUser.regency())
                .orElseThrow(() -> new NotFoundException("no import " + id + " in regency " + CurrentUser.regency()));
    }

    static ResponseEntity<ImportReport> answer(ImportReport report) {
        HttpStatus status = switch (report.state()) {
            case "DONE" -> HttpStatus.OK;
            case "REJECTED" -> HttpStatus.UNPROCESSABLE_ENTITY;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
        return ResponseEntity.status(status).body(report);
    }
}
