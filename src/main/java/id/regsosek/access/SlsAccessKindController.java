package id.regsosek.access;

import id.regsosek.frame.SlsAccessKind;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import java.util.Optional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Koseka marks an SLS of its own district as a closed building (or clears the mark) before the district's
 * visits start: {@code PUT /api/frame/sls/{code}/access} with {@code {"access":"APARTEMEN"}} ({@code ""} clears).
 * The regency admin may do the same for any SLS of its regency. Once the SLS's assignment is approved the mark is
 * fixed: its visits or its access step have started.
 */
@RestController
@RequestMapping("/api/frame/sls")
public class SlsAccessKindController {

    public record AccessChange(String access) {
    }

    public record SlsAccessView(String code, String access) {
    }

    private final SlsAccessMarks marks;

    public SlsAccessKindController(SlsAccessMarks marks) {
        this.marks = marks;
    }

    @PutMapping("/{code}/access")
    public SlsAccessView change(@PathVariable String code, @RequestBody AccessChange change) {
        RegsosekUser user = CurrentUser.requireGroup(Groups.KOSEKA, Groups.REGENCY_ADMIN);
        Optional<SlsAccessKind> kind = marks.change(user, CurrentUser.regency(), code,
                change == null ? null : change.access());
        return new SlsAccessView(code, kind.map(Enum::name).orElse(null));
    }
}
