package id.regsosek.frame;

import id.regsosek.common.NotFoundException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads of a regency's area frame. Every query is scoped by the regency code (the tenant). */
@Service
public class FrameQueries {

    public record DistrictSummary(String code, String name, int villages, int sls, long expectedFamilies) {
    }

    public record VillageSummary(String code, String name, int sls, long expectedFamilies) {
    }

    public record SlsView(String code, String name, String type, int expectedFamilies) {
    }

    private final JdbcTemplate jdbc;

    public FrameQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DistrictSummary> districts(String regency) {
        return jdbc.query("select d.code, d.name, count(distinct v.code) villages, count(s.id) sls,"
                        + " coalesce(sum(s.expected_families), 0) families from district d"
                        + " left join village v on v.district_code = d.code"
                        + " left join sls s on s.village_code = v.code"
                        + " where d.regency_code = ? group by d.code, d.name order by d.code",
                (rs, i) -> new DistrictSummary(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getLong(5)), regency);
    }

    public List<VillageSummary> villages(String regency, String district) {
        requireExists("district", district, regency);
        return jdbc.query("select v.code, v.name, count(s.id), coalesce(sum(s.expected_families), 0)"
                        + " from village v left join sls s on s.village_code = v.code"
                        + " where v.regency_code = ? and v.district_code = ? group by v.code, v.name order by v.code",
                (rs, i) -> new VillageSummary(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4)),
                regency, district);
    }

    public List<SlsView> sls(String regency, String village) {
        requireExists("village", village, regency);
        return jdbc.query("select code, name, sls_type, expected_families from sls"
                        + " where regency_code = ? and village_code = ? order by code",
                (rs, i) -> new SlsView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
                regency, village);
    }

    private void requireExists(String table, String code, String regency) {
        Integer n = jdbc.queryForObject("select count(*) from " + table + " where code = ? and regency_code = ?",
                Integer.class, code, regency);
        if (n == null || n == 0) {
            throw new NotFoundException("unknown " + table + " code " + code + " in regency " + regency);
        }
    }
}
