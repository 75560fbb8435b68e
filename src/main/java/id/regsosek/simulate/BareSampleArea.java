package id.regsosek.simulate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where {@link BareSample} runs: one scratch SLS in the village of a simulated SLS, numbered 9999 (a number no
 * real SLS of the frame has), with that SLS's officers and the sample's prelist families; removed with the sample.
 */
@Component
class BareSampleArea {

    static final String SLS_NUMBER = "9999";
    static final String SUB = "99";

    record Sls(long id, String code, List<Long> families) {
    }

    private final JdbcTemplate jdbc;

    BareSampleArea(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Sls create(String regency, long modelSlsId, int families) {
        Map<String, Object> model = jdbc.queryForMap("select s.village_code, s.district_code, a.ppl_officer_id,"
                + " a.pml_officer_id from sls s join sls_assignment a on a.sls_id = s.id where s.id = ? and"
                + " s.regency_code = ?", modelSlsId, regency);
        String code = model.get("village_code") + "." + SLS_NUMBER + "." + SUB;
        Integer taken = jdbc.queryForObject("select count(*) from sls where code = ?", Integer.class, code);
        if (taken != null && taken > 0) {
            throw new IllegalStateException("the bare sample's SLS " + code + " exists already: a frame with SLS "
                    + SLS_NUMBER + " or a sample left by a failed run; run on a fresh scratch database");
        }
        jdbc.update("insert into sls (code, village_code, district_code, regency_code, sls_code, sub_sls, name,"
                + " sls_type, expected_families) values (?, ?, ?, ?, ?, ?, 'Sampel mesin polos', 'SLS', ?)", code,
                model.get("village_code"), model.get("district_code"), regency, SLS_NUMBER, SUB, families);
        long id = jdbc.queryForObject("select id from sls where code = ?", Long.class, code);
        jdbc.update("insert into sls_assignment (sls_id, regency_code, district_code, ppl_officer_id, pml_officer_id,"
                + " status, approved_at) values (?, ?, ?, ?, ?, 'APPROVED', ?)", id, regency,
                model.get("district_code"), model.get("ppl_officer_id"), model.get("pml_officer_id"),
                Timestamp.from(Instant.now()));
        List<Object[]> rows = new ArrayList<>();
        for (int k = 1; k <= families; k++) {
            rows.add(new Object[] {regency, id, "Sampel " + k});
        }
        jdbc.batchUpdate("insert into family (regency_code, sls_id, head_name, origin) values (?, ?, ?, 'PRELIST')",
                rows);
        return new Sls(id, code, jdbc.queryForList("select id from family where sls_id = ? order by id", Long.class,
                id));
    }

    /** The sample's rows, after its instances ended and their history was deleted. */
    @Transactional
    public void remove(Sls sls) {
        jdbc.update("delete from visit_task where sls_id = ?", sls.id());
        jdbc.update("delete from family where sls_id = ?", sls.id());
        jdbc.update("delete from sls_assignment where sls_id = ?", sls.id());
        jdbc.update("delete from sls where id = ?", sls.id());
    }
}
