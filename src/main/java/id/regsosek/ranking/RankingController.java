package id.regsosek.ranking;

import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.imports.BackgroundImports;
import id.regsosek.imports.ImportAnswers;
import id.regsosek.imports.ImportReport;
import id.regsosek.imports.ImportRun;
import id.regsosek.imports.ImportRuns;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The consultation forums' corrections, uploaded by the regency admin: 200 with counts or 422 with every bad line;
 * {@code async=true}: 202 at once, progress at {@code /api/imports/{id}}.
 */
@RestController
@RequestMapping("/api/ranking")
public class RankingController {

    private final ImportRuns runs;
    private final ConsultationCorrections corrections;
    private final BackgroundImports background;

    public RankingController(ImportRuns runs, ConsultationCorrections corrections, BackgroundImports background) {
        this.background = background;
        this.runs = runs;
        this.corrections = corrections;
    }

    @PostMapping("/corrections")
    public ResponseEntity<ImportReport> corrections(@RequestPart MultipartFile file,
                                                    @RequestParam(defaultValue = "false") boolean async)
            throws IOException {
        String user = CurrentUser.requireGroup(Groups.REGENCY_ADMIN).userId();
        String regency = CurrentUser.regency();
        String name = file.getOriginalFilename() == null ? "koreksi.csv" : file.getOriginalFilename();
        byte[] content = file.getBytes();
        if (async) {
            ImportReport started = background.start(ConsultationCorrections.KIND, name, regency, user,
                    r -> corrections.apply(regency, name, content, r), null);
            return ResponseEntity.accepted().header("Location", "/api/imports/" + started.id()).body(started);
        }
        ImportRun run = runs.register(ConsultationCorrections.KIND, name, regency, user);
        ImportReport report = runs.execute(run, r -> corrections.apply(regency, name, content, r));
        return ImportAnswers.of(report);
    }
}
