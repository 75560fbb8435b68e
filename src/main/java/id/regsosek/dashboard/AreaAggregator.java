package id.regsosek.dashboard;

import id.regsosek.signoff.SignoffState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Families final against expected per SLS, then rolled up to villages and districts, set-based: three
 * statements per refresh whatever the number of families. An SLS is complete when it has families and all are
 * final, signed off when the regency office accepted it.
 */
@Component
class AreaAggregator {

    private final JdbcTemplate jdbc;

    AreaAggregator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void refresh(String regency) {
        jdbc.update("delete from dash_area where regency_code = ?", regency);
        jdbc.update("insert into dash_area (regency_code, area_level, code, parent_code, name, expected, families,"
                + " final_families, sls_total, sls_complete, sls_signed_off)"
                + " select ?, 'SLS', s.code, s.village_code, s.name, s.expected_families, count(f.id),"
                + " coalesce(sum(case when f.final_at is not null then 1 else 0 end), 0), 1,"
                + " case when count(f.id) > 0 and count(f.id) = sum(case when f.final_at is not null then 1 else 0"
                + " end) then 1 else 0 end,"
                + " max(case when o.status = ? then 1 else 0 end)"
                + " from sls s left join family f on f.sls_id = s.id left join sls_signoff o on o.sls_id = s.id"
                + " where s.regency_code = ? group by s.code, s.village_code, s.name, s.expected_families",
                regency, SignoffState.ACCEPTED.name(), regency);
        rollUp(regency, "VILLAGE", "village", "district_code", "SLS");
        rollUp(regency, "DISTRICT", "district", "regency_code", "VILLAGE");
    }

    private void rollUp(String regency, String level, String table, String parentColumn, String childLevel) {
        jdbc.update("insert into dash_area (regency_code, area_level, code, parent_code, name, expected, families,"
                + " final_families, sls_total, sls_complete, sls_signed_off)"
                + " select ?, '" + level + "', x.code, x." + parentColumn + ", x.name, coalesce(sum(a.expected), 0),"
                + " coalesce(sum(a.families), 0), coalesce(sum(a.final_families), 0), coalesce(sum(a.sls_total), 0),"
                + " coalesce(sum(a.sls_complete), 0), coalesce(sum(a.sls_signed_off), 0) from " + table + " x left join dash_area a"
                + " on a.regency_code = ? and a.area_level = '" + childLevel + "' and a.parent_code = x.code"
                + " where x.regency_code = ? group by x.code, x." + parentColumn + ", x.name",
                regency, regency, regency);
    }
}
