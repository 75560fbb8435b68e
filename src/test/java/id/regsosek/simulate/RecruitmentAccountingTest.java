package id.regsosek.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.recruitment.RecruitmentFixture;
import id.regsosek.recruitment.candidate.RecruitmentImports;
import id.regsosek.support.AppTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The recruitment stage's accounting names what is wrong: registrations lost, candidates left before selection,
 * an officer row for a candidate deployment never made an officer, an officer without its login.
 */
class RecruitmentAccountingTest extends AppTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RecruitmentImports imports;
    @Autowired
    private RuntimeService runtime;

    @Test
    void namesEveryDiscrepancy() {
        RecruitmentFixture fx = new RecruitmentFixture(imports, runtime, jdbc);
        String first = fx.eligible();
        fx.eligible();
        fx.importAll();
        long candidate = jdbc.queryForObject("select id from officer_candidate where campaign_key = ? and"
                + " registration_no = ?", Long.class, fx.campaign, first);
        jdbc.update("insert into officer (regency_code, officer_code, user_id, name, role, status, home_district_code,"
                + " candidate_id) values ('32.16', 'ACC-PPL-1', 'acc-ppl-1', 'Tanpa akun', 'PPL', 'ACTIVE', ?, ?)",
                RecruitmentFixture.DISTRICT, candidate);

        Map<String, Long> figures = new LinkedHashMap<>();
        List<String> found = new ArrayList<>();
        new RecruitmentAccounting(jdbc).check(fx.campaign, 3, figures, found);

        assertThat(figures).containsEntry("recruitment.candidates", 2L).containsEntry("recruitment.officers", 1L);
        assertThat(found).contains("recruitment: 3 registrations uploaded, 2 stored")
                .anyMatch(d -> d.startsWith("recruitment: 2 candidates still before selection"))
                .contains("recruitment: 1 officer rows that do not match the candidate's status: [" + first + "]")
                .contains("recruitment: 1 officers without a login in their role's group: [ACC-PPL-1]");
    }
}
