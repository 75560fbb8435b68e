package id.regsosek.frame;

import id.regsosek.common.NotFoundException;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import id.regsosek.imports.ImportAnswers;
import id.regsosek.imports.ImportReport;
import id.regsosek.imports.ImportRuns;
import java.io.IOException;
import java.util.List;
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
 * The area frame over HTTP: read by any user of the regency, imported by its regency admin (multipart upload).
 * An import answers 200 with its counts, or 422 with every bad line; {@code async=true} answers 202 at once and
 * the progress is read from {@code /api/frame/imports/{id}}.
 */
@RestController
@RequestMapping("/api/frame")
public class FrameController {

    private final FrameImports imports;
    private final ImportRuns runs;
    private final FrameQueries queries;

    public FrameController(FrameImports imports, ImportRuns runs, FrameQueries queries) {
        this.imports = imports;
        this.runs = runs;
        this.queries = queries;
    }

    @GetMapping("/districts")
    public List<FrameQueries.DistrictSummary> districts() {
        return queries.districts(CurrentUser.regency());
    }

    @GetMapping("/districts/{code}/villages")
    public List<FrameQueries.VillageSummary> villages(@PathVariable String code) {
        return queries.villages(CurrentUser.requireOwnRegency(AreaCodes.regencyOf(code)), code);
    }

    @GetMapping("/villages/{code}/sls")
    public List<FrameQueries.SlsView> sls(@PathVariable String code) {
        return queries.sls(CurrentUser.requireOwnRegency(AreaCodes.regencyOf(code)), code);
    }

    @PostMapping("/import/area")
    public ResponseEntity<ImportReport> importArea(@RequestPart MultipartFile regencies,
                                                   @RequestPart MultipartFile districts,
                                                   @RequestPart MultipartFile villages,
                                                   @RequestParam(defaultValue = "false") boolean async)
            throws IOException {
        RegsosekUser user = CurrentUser.requireGroup(Groups.REGENCY_ADMIN);
        AreaFiles files = new AreaFiles(regencies.getBytes(), districts.getBytes(), villages.getBytes());
        if (async) {
            ImportReport started = imports.importAreaAsync(CurrentUser.regency(), files, user.userId());
            return ResponseEntity.accepted().header("Location", "/api/frame/imports/" + started.id()).body(started);
        }
        return ImportAnswers.of(imports.importArea(CurrentUser.regency(), files, user.userId()));
    }

    @PostMapping("/import/sls")
    public ResponseEntity<ImportReport> importSls(@RequestPart MultipartFile file,
                                                  @RequestParam(defaultValue = "false") boolean async)
            throws IOException {
        RegsosekUser user = CurrentUser.requireGroup(Groups.REGENCY_ADMIN);
        String name = file.getOriginalFilename() == null ? "sls.csv" : file.getOriginalFilename();
        if (async) {
            ImportReport started = imports.importSlsAsync(CurrentUser.regency(), name, file.getBytes(),
                    user.userId());
            return ResponseEntity.accepted().header("Location", "/api/frame/imports/" + started.id()).body(started);
        }
        return ImportAnswers.of(imports.importSls(CurrentUser.regency(), name, file.getBytes(), user.userId()));
    }

    @GetMapping("/imports/{id}")
    public ImportReport importRun(@PathVariable String id) {
        return runs.find(id, CurrentUser.regency())
                .orElseThrow(() -> new NotFoundException("no import " + id + " in regency " + CurrentUser.regency()));
    }

}
