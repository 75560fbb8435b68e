package id.regsosek;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.SecondRegency;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line entry point as an office runs it (java -jar ... import-area ...): its own engine without web
 * server, on its own in-memory database here, exit codes telling success from rejected input.
 */
class CommandLineTest {

    private static final String DB = "--spring.datasource.url=jdbc:h2:mem:cli-test;DB_CLOSE_DELAY=-1";

    @Test
    void importsTheFrameThenSlsThenAddsAnAdminAndRefusesBadInput(@TempDir Path dir) throws Exception {
        for (String f : new String[] {"regencies.csv", "districts.csv", "villages.csv"}) {
            Files.write(dir.resolve(f), SecondRegency.read(f));
        }
        assertThat(RegsosekApplication.runCommand("import-area", "--regency=32.75", "--dir=" + dir, DB)).isZero();

        Path sls = dir.resolve("sls.csv");
        Files.writeString(sls, "village_code,sls_code,sub_sls,name,type,expected_families\n"
                + "32.75.01.1001,0001,00,RT 001 RW 001,SLS,240\n32.75.01.9999,0001,00,RT 001,SLS,10\n");
        assertThat(RegsosekApplication.runCommand("import-sls", "--regency=32.75", "--file=" + sls, DB))
                .isEqualTo(2);

        assertThat(RegsosekApplication.runCommand("add-user", "--id=kota-admin", "--password=x",
                "--group=regency-admin", "--regency=32.75", DB)).isZero();
        assertThat(RegsosekApplication.runCommand("add-user", "--id=x", "--password=x", "--group=raja",
                "--regency=32.75", DB)).isEqualTo(64);
        assertThat(RegsosekApplication.runCommand("import-area", "--regency=32.75", DB)).isEqualTo(64);
    }
}
