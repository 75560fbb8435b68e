package id.regsosek.imports;

import id.regsosek.common.NotFoundException;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The progress and outcome of any import of the caller's regency, whatever its kind (the same answer as
 * {@code /api/frame/imports/{id}} and {@code /api/recruitment/imports/{id}}, which stay).
 */
@RestController
public class ImportsController {

    private final ImportRuns runs;

    public ImportsController(ImportRuns runs) {
        this.runs = runs;
    }

    @GetMapping("/api/imports/{id}")
    public ImportReport importRun(@PathVariable String id) {
        String regency = CurrentUser.regency();
        var user = CurrentUser.get();
        // A village official is outside the office: it reads only the runs it started (its forum's file).
        if (user.inGroup(Groups.VILLAGE_OFFICIAL) && !runs.startedBy(id, regency).filter(user.userId()::equals)
                .isPresent()) {
            throw new NotFoundException("no import " + id + " in regency " + regency);
        }
        return runs.find(id, regency).orElseThrow(() -> new NotFoundException("no import " + id + " in regency "
                + regency));
    }
}
