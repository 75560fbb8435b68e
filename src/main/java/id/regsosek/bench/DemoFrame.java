package id.regsosek.bench;

import id.regsosek.frame.AreaFiles;
import id.regsosek.frame.FrameImports;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.jdbc.core.JdbcTemplate;

/** Kabupaten Bekasi's frame from the files shipped for the demo, loaded once: what benchmarks run against. */
@BenchmarkComponent
public class DemoFrame {

    public static final String REGENCY = "32.16";

    private final JdbcTemplate jdbc;
    private final FrameImports imports;

    public DemoFrame(JdbcTemplate jdbc, FrameImports imports) {
        this.jdbc = jdbc;
        this.imports = imports;
    }

    /** Imports the regency, its districts, villages and SLS unless its SLS are there already. */
    public void ensure(String userId) throws IOException {
        if (jdbc.queryForObject("select count(*) from sls where regency_code = ?", Integer.class, REGENCY) == 0) {
            imports.importArea(REGENCY, new AreaFiles(resource("demo/idn-area/regencies.csv"),
                    resource("demo/idn-area/districts.csv"), resource("demo/idn-area/villages.csv")), userId);
            imports.importSls(REGENCY, "sls-32.16.csv", resource("demo/sls-32.16.csv"), userId);
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = DemoFrame.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException(path + " is not on the classpath");
            }
            return in.readAllBytes();
        }
    }
}
