package id.regsosek.forum;

import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.imports.BackgroundImports;
import id.regsosek.imports.ImportAnswers;
import id.regsosek.imports.ImportReport;
import id.regsosek.imports.ImportRun;
import id.regsosek.imports.ImportRuns;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The forums' uploads over the API, answered as every import: 200 with counts or 422 with every bad line;
 * {@code async=true}: 202 at once, progress at {@code /api/imports/{id}}. The regency admin's village officials:
 * {@code POST /api/forums/officials}; a forum's corrections file (its official, or the regency admin):
 * {@code POST /api/forums/{campaign}/villages/{village}/corrections}.
 */
@RestController
public class ForumUploadController {

    private final ImportRuns runs;
    private final BackgroundImports background;
    private final OfficialImport officials;
    private final ForumCorrectionUpload corrections;
    private final ForumAccess access;

    public ForumUploadController(ImportRuns runs, BackgroundImports background, OfficialImport officials,
                                 ForumCorrectionUpload corrections, ForumAccess access) {
        this.runs = runs;
        this.background = background;
        this.officials = officials;
        this.corrections = corrections;
        this.access = access;
    }

    @PostMapping("/api/forums/officials")
    public ResponseEntity<ImportReport> officials(@RequestPart MultipartFile file,
                                                  @RequestParam(defaultValue = "false") boolean async)
            throws IOException {
        String user = CurrentUser.requireGroup(Groups.REGENCY_ADMIN).userId();
        String regency = CurrentUser.regency();
        byte[] content = file.getBytes();
        String name = name(file, "perangkat-desa.csv");
        return run(OfficialImport.KIND, name, regency, user, async,
                r -> officials.importFile(regency, name, content, r));
    }

    @PostMapping("/api/forums/{campaign}/villages/{village}/corrections")
    public ResponseEntity<ImportReport> corrections(@PathVariable String campaign, @PathVariable String village,
                                                    @RequestPart MultipartFile file,
                                                    @RequestParam(defaultValue = "false") boolean async)
            throws IOException {
        ForumSubject.Forum forum = access.correctable(campaign, village);
        byte[] content = file.getBytes();
        String name = name(file, "koreksi-desa.csv");
        return run(ForumCorrectionUpload.KIND, name, forum.regency(), CurrentUser.get().userId(), async,
                r -> corrections.upload(forum, name, content, r));
    }

    private ResponseEntity<ImportReport> run(String kind, String name, String regency, String user, boolean async,
                                             java.util.function.Function<ImportRun, id.regsosek.imports.ImportCounts>
                                                     work) {
        if (async) {
            ImportReport started = background.start(kind, name, regency, user, work, null);
            return ResponseEntity.accepted().header("Location", "/api/imports/" + started.id()).body(started);
        }
        ImportRun run = runs.register(kind, name, regency, user);
        return ImportAnswers.of(runs.execute(run, work));
    }

    private static String name(MultipartFile file, String fallback) {
        String n = file.getOriginalFilename();
        if (n == null || n.isBlank()) {
            return fallback;
        }
        String clean = n.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "_");
        return clean.length() > 120 ? clean.substring(0, 120) : clean;
    }
}
