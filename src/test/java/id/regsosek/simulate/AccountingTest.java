package id.regsosek.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The simulation's accounting finds what is wrong, each named: an open family, a final family without its finished
 * visit in the history, counts that differ from what the people did, an SLS not accepted, an accepted SLS with an
 * open family (in a district of its own, 32.16.78, that no operation ran in).
 */
class AccountingTest extends AppTest {

    private static final String DISTRICT = "32.16.78";
    private static final String SLS = DISTRICT + ".2001.0001.00";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Accounting accounting;

    @Test
    void namesEveryDiscrepancy() {
        jdbc.update("insert into district (code, regency_code, name) values (?, '32.16', 'Uji Akuntansi')", DISTRICT);
        jdbc.update("insert into village (code, district_code, regency_code, name) values (?, ?, '32.16', 'Desa')",
                DISTRICT + ".2001", DISTRICT);
        jdbc.update("insert into sls (code, village_code, district_code, regency_code, sls_code, sub_sls, name,"
                + " sls_type, expected_families) values (?, ?, ?, '32.16', '0001', '00', 'RT 001', 'SLS', 2)", SLS,
                DISTRICT + ".2001", DISTRICT);
        long sls = jdbc.queryForObject("select id from sls where code = ?", Long.class, SLS);
        jdbc.update("insert into family (regency_code, sls_id, head_name, origin) values ('32.16', ?, 'Terbuka',"
                + " 'PRELIST')", sls);
        jdbc.update("insert into family (regency_code, sls_id, head_name, origin, result_code, final_at) values"
                + " ('32.16', ?, 'Final tanpa kunjungan', 'PRELIST', 1, ?)", sls, Timestamp.from(Instant.now()));

        List<String> found = accounting.check("32.16", List.of(DISTRICT), 3, 1, false).discrepancies();
        assertThat(found).contains("prelist families stored: 2, expected 3", "new families stored: 0, expected 1",
                "SLS not accepted (1): " + SLS, "SLS whose sign-off did not end accepted exactly once (1): " + SLS);
        assertThat(found).anyMatch(d -> d.startsWith("family without a final result (1)"))
                .anyMatch(d -> d.startsWith("family without exactly one finished visit (2)"));

        jdbc.update("insert into sls_signoff (sls_id, regency_code, status, updated_at, accepted_at) values (?,"
                + " '32.16', 'ACCEPTED', ?, ?)", sls, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        found = accounting.check("32.16", List.of(DISTRICT), 2, 0, false).discrepancies();
        assertThat(found).contains("accepted SLS with an open family (1): " + SLS)
                .noneMatch(d -> d.startsWith("SLS not accepted") || d.startsWith("prelist families"));
    }
}
