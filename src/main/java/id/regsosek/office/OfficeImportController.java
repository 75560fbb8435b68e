package id.regsosek.office;

import id.regsosek.common.NotFoundException;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.imports.ImportReport;
import id.regsosek.imports.ImportRuns;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The office page's uploads (login session, CSRF token): a script posts the form and gets 202 with the run,
 * then reads its progress here; without a script the browser is sent back to the page, which shows the run.
 */
@Controller
public class OfficeImportController {

    private final OfficeImports imports;
    private final ImportRuns runs;

    public OfficeImportController(OfficeImports imports, ImportRuns runs) {
        this.imports = imports;
        this.runs = runs;
    }

    @PostMapping("/office/imports/{kind}")
    public Object upload(@PathVariable String kind, @RequestParam(required = false) MultipartFile file,
                         @RequestParam(required = false) String campaign,
                         @RequestParam(required = false) String district,
                         @RequestHeader(value = "Accept", defaultValue = "") String accept) throws IOException {
        OfficeImportKind k = OfficeImportKind.byPath(kind).orElseThrow(() -> new NotFoundException(
                "no upload " + kind));
        CurrentUser.requireGroup(k.groups());
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("Pilih berkas CSV yang akan diunggah (berkas kosong atau tidak ada).");
        }
        ImportReport started = imports.start(k, file.getOriginalFilename(), file.getBytes(), campaign, district);
        if (accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
            return ResponseEntity.accepted().header("Location", "/office/imports/" + started.id())
                    .body(Map.of("id", started.id(), "state", started.state(), "progress",
                            "office/imports/" + started.id()));
        }
        return "redirect:/office?import=" + started.id() + "#hasil-impor";
    }

    @GetMapping(value = "/office/imports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public ImportReport progress(@PathVariable String id) {
        var user = CurrentUser.requireGroup(Groups.REGENCY_ADMIN, Groups.RECRUITMENT_STAFF, Groups.VILLAGE_OFFICIAL);
        String regency = CurrentUser.regency();
        boolean office = user.inGroup(Groups.REGENCY_ADMIN) || user.inGroup(Groups.RECRUITMENT_STAFF);
        return runs.find(id, regency).filter(r -> office || runs.startedBy(id, regency)
                .filter(user.userId()::equals).isPresent()).orElseThrow(() -> new NotFoundException("Impor " + OfficeText.shown(id)
                + " tidak ada di wilayah " + regency + "."));
    }
}
