package id.regsosek.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static final List<String> COLUMNS = List.of("code", "name");

    private static CsvTable read(String text) {
        return CsvTable.read("f.csv", text.getBytes(StandardCharsets.UTF_8), COLUMNS);
    }

    @Test
    void readsRowsWithTheirLineNumbersInAnyColumnOrderAndCase() {
        CsvTable t = read("Name,CODE\nSatu,01\n\nDua,02\n");
        assertThat(t.problems()).isEmpty();
        assertThat(t.rows()).extracting(CsvRow::line).containsExactly(2, 4);
        assertThat(t.rows().get(1).get("code")).isEqualTo("02");
    }

    @Test
    void stripsByteOrderMarkAndAcceptsSemicolonsFromIndonesianSpreadsheets() {
        CsvTable t = read("\uFEFFcode;name\n01;Satu, Dua\n");
        assertThat(t.problems()).isEmpty();
        assertThat(t.rows().get(0).get("name")).isEqualTo("Satu, Dua");
    }

    @Test
    void namesEveryMissingHeaderColumn() {
        CsvTable t = CsvTable.read("f.csv", "code\n01\n".getBytes(StandardCharsets.UTF_8),
                List.of("code", "name", "type"));
        assertThat(t.problems()).extracting(ImportProblem::column).containsExactly("name", "type");
        assertThat(t.problems().get(0).reason()).contains("missing column 'name'");
    }

    @Test
    void reportsShortAndLongRowsByLine() {
        CsvTable t = read("code,name\n01\n02,Dua\n03,Tiga,x\n");
        assertThat(t.problems()).extracting(ImportProblem::line).containsExactly(2, 4);
        assertThat(t.problems().get(0).reason()).contains("missing column 'name'");
        assertThat(t.rows()).hasSize(1);
    }

    @Test
    void quotedFieldsSpanningLinesKeepLaterLineNumbersRight() {
        CsvTable t = read("code,name\n01,\"Satu\nbaris dua\"\n02,x\n03\n");
        assertThat(t.problems()).extracting(ImportProblem::line).containsExactly(5);
    }

    @Test
    void refusesEveryLineThatIsNotUtf8() {
        byte[] latin1 = "code,name\n01,Bantargebang\n02,Caf\u00e9\n03,Ok\n04,Cr\u00e8me\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        CsvTable t = CsvTable.read("f.csv", latin1, COLUMNS);
        assertThat(t.rows()).isEmpty();
        assertThat(t.problems()).extracting(ImportProblem::line).containsExactly(3, 5);
        assertThat(t.problems().get(0).reason()).contains("wrong encoding");
    }

    @Test
    void anEmptyFileIsAProblemNotAnEmptyImport() {
        CsvTable t = read("");
        assertThat(t.problems()).singleElement().extracting(ImportProblem::reason).asString().contains("empty");
    }
}
