package id.regsosek.access;

import id.regsosek.common.NotFoundException;
import id.regsosek.frame.SlsAccessKind;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access mark of an SLS and who may set it: the district's active Koseka, or the regency admin for any SLS of
 * its regency, until the SLS's assignment is approved. One set of checks for the API and the office page.
 */
@Service
public class SlsAccessMarks {

    /** One SLS of a district as the office page lists it; {@code fixed} once its assignment is approved. */
    public record SlsMark(String code, String name, String village, String access, boolean fixed) {
    }

    private final JdbcTemplate jdbc;

    public SlsAccessMarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The district the user coordinates as an active Koseka of the regency, if any. */
    public Optional<String> kosekaDistrict(String user, String regency) {
        return jdbc.queryForList("select home_district_code from officer where user_id = ? and role = 'KOSEKA' and"
                + " status = 'ACTIVE' and regency_code = ? and home_district_code is not null order by id", String.class,
                user, regency).stream().findFirst();
    }

    public List<SlsMark> ofDistrict(String regency, String district) {
        return jdbc.query("select s.code, s.name, v.name as village, s.access_kind, exists (select 1 from"
                + " sls_assignment a where a.sls_id = s.id and a.status = 'APPROVED') as fixed from sls s join village v"
                + " on v.code = s.village_code where s.regency_code = ? and s.district_code = ? order by s.code",
                (rs, i) -> new SlsMark(rs.getString("code"), rs.getString("name"), rs.getString("village"),
                        rs.getString("access_kind"), rs.getBoolean("fixed")), regency, district);
    }

    /**
     * Marks (or clears, {@code ""}) the SLS: 404 for an SLS not of the regency (its codes cannot be probed), 403 for
     * another district's Koseka, 400 for an unknown kind, 409 once the assignment is approved.
     */
    @Transactional
    public Optional<SlsAccessKind> change(RegsosekUser user, String regency, String code, String access) {
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
        Optional<SlsAccessKind> kind = SlsAccessKind.parse(access);
        if (kind == null) {
            throw new IllegalArgumentException("Jenis akses '" + access + "' tidak dikenal; isi "
                    + SlsAccessKind.ALLOWED);
        }
        if (jdbc.queryForObject("select count(*) from sls_assignment where sls_id = ? and status = 'APPROVED'",
                Integer.class, id) > 0) {
            throw new IllegalStateException("Penugasan SLS " + code + " sudah disetujui: kunjungan atau izin"
                    + " aksesnya sudah berjalan, jenis akses tidak bisa diubah lagi");
        }
        jdbc.update("update sls set access_kind = ? where id = ?", kind.map(Enum::name).orElse(null), id);
        return kind;
    }
}
