package id.regsosek.signoff;

import id.regsosek.visit.SlsCompletion;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For the sign-off browser journeys: an unassigned demo SLS of Tarumajaya given to ppl1 and pml1, with two prelist
 * families named {@code <head> 1} and {@code <head> 2}, both final, and its sign-off waiting at the PML's step.
 */
record SignoffBrowserSls(long slsId, List<Long> families, String signoffInstance) {

    static SignoffBrowserSls create(JdbcTemplate jdbc, SignoffStarter starter, SlsCompletion completion, String head,
                                    boolean lastCode) {
        long ppl = jdbc.queryForObject("select id from officer where user_id = 'ppl1'", Long.class);
        long pml = jdbc.queryForObject("select id from officer where user_id = 'pml1'", Long.class);
        long slsId = jdbc.queryForObject("select s.id from sls s where s.district_code = '32.16.01' and not exists"
                + " (select 1 from sls_assignment a where a.sls_id = s.id) order by s.code "
                + (lastCode ? "desc " : "") + "fetch first 1 rows only", Long.class);
        jdbc.update("insert into sls_assignment (sls_id, regency_code, district_code, ppl_officer_id, pml_officer_id,"
                + " status, approved_at) values (?, '32.16', '32.16.01', ?, ?, 'APPROVED', current_timestamp)", slsId,
                ppl, pml);
        for (int i = 1; i <= 2; i++) {
            jdbc.update("insert into family (regency_code, sls_id, head_name, origin) values ('32.16', ?, ?,"
                    + " 'PRELIST')", slsId, head + " " + i);
        }
        List<Long> families = jdbc.queryForList("select id from family where sls_id = ? order by id", Long.class,
                slsId);
        String signoff = starter.startForSls(slsId).getId();
        families.forEach(f -> completion.finish(f, 1));
        return new SignoffBrowserSls(slsId, families, signoff);
    }
}
