package id.regsosek.access;

import id.regsosek.common.NotFoundException;
import id.regsosek.frame.SlsAccessKind;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
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

    private final JdbcTemplate jdbc;

    public SlsAccessKindController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PutMapping("/{code}/access")
    @Transactional
    public SlsAccessView change(@PathVariable String code, @RequestBody AccessChange change) {
        RegsosekUser user = CurrentUser.requireGroup(Groups.KOSEKA, Groups.REGENCY_ADMIN);
        String regency = CurrentUser.regency();
        // Another regency's SLS answers as an unknown one: its codes cannot be probed.
        List<Map<String, Object>> sls = jdbc.queryForList("select id, district_code from sls where code = ? and"
                + " regency_code = ? for update", code, regency);
        if (sls.isEmpty()) {
            throw new NotFoundException("SLS " + code + " tidak ada di wilayah Anda");
        }
        long id = ((Number) sls.get(0).get("id")).longValue();
        String district = (String) sls.get(0).get("district_code");
        if (!user.inGroup(Groups.REGENCY_ADMIN) && jdbc.queryForObject("select count(*) from officer where user_id = ?"
                + " and role = 'KOSEKA' and status = 'ACTIVE' and regency_code = ? and home_district_code = ?",
                Integer.class, user.userId(), regency, district) == 0) {
            throw new AccessDeniedException("SLS " + code + " bukan di kecamatan Anda sebagai Koseka");
        }
        Optional<SlsAccessKind> kind = SlsAccessKind.parse(change == null ? null : change.access());
        if (kind == null) {
            throw new IllegalArgumentException("Jenis akses '" + change.access() + "' tidak dikenal; isi "
                    + SlsAccessKind.ALLOWED);
        }
        if (jdbc.queryForObject("select count(*) from sls_assignment where sls_id = ? and status = 'APPROVED'",
                Integer.class, id) > 0) {
            throw new IllegalStateException("Penugasan SLS " + code + " sudah disetujui: kunjungan atau izin"
                    + " aksesnya sudah berjalan, jenis akses tidak bisa diubah lagi");
        }
        String value = kind.map(Enum::name).orElse(null);
        jdbc.update("update sls set access_kind = ? where id = ?", value, id);
        return new SlsAccessView(code, value);
    }
}
