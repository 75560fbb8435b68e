package id.regsosek.recruitment.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.RegsosekApplication;
import id.regsosek.support.SecondRegency;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * import-candidates from the command line: a campaign whose registration has closed refuses the file with exit
 * code 3 and a message naming the campaign and its close date; a campaign key without a campaign process is not
 * restricted (the file is checked as usual).
 */
class ImportCandidatesCommandTest {

    private static final String URL = "jdbc:h2:mem:cli-campaign;DB_CLOSE_DELAY=-1";
    private static final String DB = "--spring.datasource.url=" + URL;

    @Test
    void aClosedCampaignRefusesTheFileWithExitCodeThree(@TempDir Path dir) throws Exception {
        for (String f : new String[] {"regencies.csv", "districts.csv", "villages.csv"}) {
            Files.write(dir.resolve(f), SecondRegency.read(f));
        }
        assertThat(RegsosekApplication.runCommand("import-area", "--regency=32.75", "--dir=" + dir, DB)).isZero();
        // The campaign process's closing step wrote this row (the process itself is covered by CampaignProcessTest).
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            c.createStatement().executeUpdate("insert into recruitment_campaign (campaign_key, regency_code,"
                    + " process_instance_id, state, registration_opens, registration_closes, training_place,"
                    + " training_start, training_days) values ('32.75-2022', '32.75', 'pi', 'CLOSED',"
                    + " timestamp '2022-08-01 08:00:00', timestamp '2022-08-31 23:59:00', 'Aula', date '2022-09-20', 2)");
        }
        Path file = dir.resolve("pendaftar.csv");
        Files.writeString(file, String.join(",", CandidateImporter.COLUMNS) + "\nREG-1,123,Nama,1990-01-01,L,SMA,"
                + "0812345678,a@contoh.id,32.75.99,,tidak,PPL\n");

        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int closed;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            closed = RegsosekApplication.runCommand("import-candidates", "--regency=32.75", "--campaign=32.75-2022",
                    "--file=" + file, DB);
        } finally {
            System.setErr(err);
        }
        assertThat(closed).isEqualTo(ImportCandidatesCommand.REGISTRATION_CLOSED);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("campaign 32.75-2022 is not taking"
                + " registrations: registration closed 2022-08-31 23:59");

        // No campaign process for this key: the file is read and its bad rows reported (exit code 2).
        assertThat(RegsosekApplication.runCommand("import-candidates", "--regency=32.75", "--campaign=32.75-2023",
                "--file=" + file, DB)).isEqualTo(2);
    }
}
