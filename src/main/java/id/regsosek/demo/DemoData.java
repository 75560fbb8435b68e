package id.regsosek.demo;

import id.regsosek.frame.AreaFiles;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.imports.ImportReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * H2 profile only: Kabupaten Bekasi's area frame, the synthetic SLS list and one demo user per role (password
 * "demo"). Idempotent, so every restart of the demo finds the same state.
 */
@Component
@Order(2)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "regsosek.demo.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

    public static final String PASSWORD = "demo";
    public static final List<String[]> USERS = List.of(
            new String[] {"admin", "Admin", "BPS Bekasi", Groups.REGENCY_ADMIN},
            new String[] {"rekrutmen", "Rina", "Panitia Seleksi", Groups.RECRUITMENT_STAFF},
            new String[] {"koseka1", "Kurnia", "Koseka Tarumajaya", Groups.KOSEKA},
            new String[] {"pml1", "Putri", "PML Tarumajaya", Groups.PML},
            new String[] {"ppl1", "Budi", "PPL Tarumajaya", Groups.PPL},
            new String[] {"manajer", "Maya", "Manajer Operasi", Groups.MANAGER},
            new String[] {"instruktur1", "Indra", "Instruktur", Groups.INSTRUCTOR},
            // Bound to the village of the demo's families by ForumDemo, once they exist.
            new String[] {"desa1", "Dewi", "Perangkat Desa", Groups.VILLAGE_OFFICIAL});

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final FrameImports imports;
    private final RegencyUsers users;
    private final String regency;

    public DemoData(FrameImports imports, RegencyUsers users, @Value("${regsosek.demo.regency}") String regency) {
        this.imports = imports;
        this.users = users;
        this.regency = regency;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        AreaFiles frame = new AreaFiles(resource("demo/idn-area/regencies.csv"),
                resource("demo/idn-area/districts.csv"), resource("demo/idn-area/villages.csv"));
        requireDone(imports.importArea(regency, frame, "demo"));
        requireDone(imports.importSls(regency, "sls-" + regency + ".csv", resource("demo/sls-32.16.csv"), "demo"));
        for (String[] u : USERS) {
            users.ensure(new RegencyUsers.NewUser(u[0], u[1], u[2], u[0] + "@demo.regsosek.example", PASSWORD,
                    u[3], regency));
        }
        log.info("demo data ready: regency {}, users {} (password '{}')", regency,
                USERS.stream().map(u -> u[0]).toList(), PASSWORD);
    }

    private static void requireDone(ImportReport report) {
        if (!"DONE".equals(report.state())) {
            throw new IllegalStateException("demo import " + report.kind() + " ended " + report.state() + ": "
                    + report.problems() + " " + report.failure());
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException(path + " is not on the classpath");
            }
            return in.readAllBytes();
        }
    }
}
