package id.regsosek.trust;

import id.regsosek.frame.FrameImports;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.signoff.SignoffStarter;
import id.regsosek.support.SecondRegency;
import id.regsosek.visit.VisitFixtures;
import id.regsosek.visit.VisitProcess;
import id.regsosek.visit.VisitStarter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two regencies with work in each: Kabupaten Bekasi (32.16, the demo) and Kota Bekasi (32.75), each with a PPL
 * and PML team on an SLS, families with open visits, an area sign-off; every role of 32.16 from the demo, and in
 * 32.75 a regency admin, a PPL team, recruitment staff and a manager. Passwords are "demo".
 */
final class TrustFixture {

    static final String ADMIN75 = SecondRegency.ADMIN;
    static final String STAFF75 = "rekrutmen75";
    static final String MANAGER75 = "manajer75";

    final VisitFixtures.Team bekasi;
    final VisitFixtures.Team kota;
    final List<Long> bekasiFamilies;
    final List<Long> kotaFamilies;
    final String bekasiSignoff;
    private final ProcessEngine engine;

    private static TrustFixture shared;

    /** One for the test run (the application context is shared too): the attacks leave it as it was. */
    static synchronized TrustFixture shared(ProcessEngine engine, JdbcTemplate jdbc, FrameImports imports,
                                            RegencyUsers users, VisitStarter visits, SignoffStarter signoffs) {
        if (shared == null) {
            shared = new TrustFixture(engine, jdbc, imports, users, visits, signoffs);
        }
        return shared;
    }

    private TrustFixture(ProcessEngine engine, JdbcTemplate jdbc, FrameImports imports, RegencyUsers users,
                         VisitStarter visits, SignoffStarter signoffs) {
        this.engine = engine;
        SecondRegency.ensure(imports, users);
        if (jdbc.queryForObject("select count(*) from sls where regency_code = '32.75'", Integer.class) == 0) {
            StringBuilder csv = new StringBuilder("village_code,sls_code,sub_sls,name,type,expected_families\n");
            for (String village : List.of("32.75.01.1001", "32.75.01.1002", "32.75.01.1003")) {
                for (int i = 1; i <= 6; i++) {
                    csv.append(village).append(String.format(",%04d,00,RT %03d RW 001,SLS,40%n", i, i));
                }
            }
            var report = imports.importSls("32.75", "sls-32.75.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                    "test");
            if (!"DONE".equals(report.state())) {
                throw new IllegalStateException("SLS of 32.75: " + report.problems());
            }
        }
        users.ensure(new RegencyUsers.NewUser(STAFF75, "Panitia", "Kota", null, "demo", Groups.RECRUITMENT_STAFF,
                "32.75"));
        users.ensure(new RegencyUsers.NewUser(MANAGER75, "Manajer", "Kota", null, "demo", Groups.MANAGER, "32.75"));
        bekasi = new VisitFixtures(jdbc, users, "32.16").team("trust");
        kota = new VisitFixtures(jdbc, users, "32.75").team("trust75");
        bekasiFamilies = new VisitFixtures(jdbc, users, "32.16").families(bekasi, 3);
        kotaFamilies = new VisitFixtures(jdbc, users, "32.75").families(kota, 2);
        visits.startVisitsForSls(bekasi.slsId());
        visits.startVisitsForSls(kota.slsId());
        bekasiSignoff = signoffs.startForSls(bekasi.slsId()).getId();
    }

    /** The open visit task of a family (its PPL's "Kunjungi keluarga"). */
    Task visitTask(long familyId) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(familyId))
                .taskDefinitionKey(VisitProcess.TASK_VISIT).singleResult();
    }

    String instanceOf(long familyId) {
        return visitTask(familyId).getProcessInstanceId();
    }
}
