package id.regsosek.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.frame.FrameImports;
import id.regsosek.support.AppTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The handover package and the villages' consultation lists, written with names a field app or a prelist let
 * through: a formula-like name comes out as text, a name with a line break is one record, and verify-handover
 * still finds the package sound.
 */
class HandoverCsvTest extends AppTest {

    static final String FORMULA = "=HYPERLINK(\"http://x.example\",\"klik\")";
    static final String NEUTRALISED = "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"klik\"\")\"";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private FrameImports imports;
    @Autowired
    private HandoverPackage handover;
    @Autowired
    private ConsultationLists consultation;

    private long formula;
    private long twoLines;

    @BeforeEach
    void familiesWithHostileNames() {
        RankingFixture fixture = new RankingFixture(jdbc, imports);
        formula = fixture.family(RankingFixture.SLS_A, 1, 2, 30, 2, 1, 1, 1, 1, 1, 1, 3, 1);
        twoLines = fixture.family(RankingFixture.SLS_A, 1, 2, 40, 2, 1, 1, 1, 1, 1, 1, 3, 1);
        long other = fixture.family(RankingFixture.SLS_B, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        jdbc.update("update family set head_name = ?, address = ? where id = ?", FORMULA, "+62 812 @rumah", formula);
        jdbc.update("update family set head_name = ?, address = ? where id = ?", "Budi\nSantoso", "-Jl. Uji, 5",
                twoLines);
        jdbc.update("update family set head_name = ?, address = null where id = ?", "\tTab", other);
    }

    @Test
    void aNameWithALineBreakIsOneRecordAndThePackageStillVerifies() throws Exception {
        Path dir = handover.write(RankingFixture.REGENCY, RankingFixture.REGENCY + "-csv");
        String families = Files.readString(dir.resolve("families.csv"), StandardCharsets.UTF_8);
        assertThat(families.lines().count()).as("physical lines").isEqualTo(1 + 3 + 1);
        assertThat(handover.verify(dir)).isEmpty();
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"rows\" : 3");
    }

    @Test
    void thePackageNeutralisesFormulasAndVerifiesWhatWasWritten() throws Exception {
        Path dir = handover.write(RankingFixture.REGENCY, RankingFixture.REGENCY + "-csv");
        String families = Files.readString(dir.resolve("families.csv"), StandardCharsets.UTF_8);
        assertThat(families).contains(formula + "," + RankingFixture.SLS_A + ",false," + NEUTRALISED
                + ",\"'+62 812 @rumah\",PRELIST,")
                .contains(twoLines + "," + RankingFixture.SLS_A + ",false,\"Budi\nSantoso\",\"'-Jl. Uji, 5\",")
                .contains(",\"'\tTab\",,PRELIST,")
                .doesNotContain("," + FORMULA);
        assertThat(handover.verify(dir)).isEmpty();

        Files.writeString(dir.resolve("families.csv"), families.replace("\"Budi\nSantoso\"", "Budi\nSantoso"),
                StandardCharsets.UTF_8);
        assertThat(handover.verify(dir)).anyMatch(p -> p.contains("families.csv checksum differs"))
                .anyMatch(p -> p.contains("families.csv has 4 rows, the manifest says 3"));
    }

    @Test
    void theConsultationListOfEachVillageShowsFormulaNamesAsText() throws Exception {
        int rank = 1;
        for (long family : new long[] {formula, twoLines}) {
            jdbc.update("insert into family_rank (family_id, regency_code, campaign_key, score, welfare_rank, decile)"
                    + " values (?, ?, ?, ?, ?, ?)", family, RankingFixture.REGENCY, "x", -1.5, rank, rank);
            rank++;
        }
        Path dir = Files.createTempDirectory(Path.of("target"), "konsultasi");
        assertThat(consultation.write(RankingFixture.REGENCY, dir)).isEqualTo(1);
        String list = Files.readString(dir.resolve("consultation").resolve("desa-" + RankingFixture.VILLAGE + ".csv"),
                StandardCharsets.UTF_8);
        assertThat(list).startsWith("sls,family_id,head_name,address,decile\n")
                .contains(RankingFixture.SLS_A + "," + formula + "," + NEUTRALISED + ",\"'+62 812 @rumah\",1\n")
                .contains(RankingFixture.SLS_A + "," + twoLines + ",\"Budi\nSantoso\",\"'-Jl. Uji, 5\",2\n");
    }
}
