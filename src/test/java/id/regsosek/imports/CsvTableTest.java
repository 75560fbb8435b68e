package id.regsosek.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static final List<CsvColumn> COLUMNS = List.of(CsvColumn.of("code", 4), CsvColumn.of("name", 20));

    private Problems problems = new Problems("f.csv");

    private CsvTable read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private CsvTable read(byte[] content) {
        problems = new Problems("f.csv");
        return CsvTable.read(problems, content, COLUMNS);
    }

    private List<String> found() {
        return problems.list().stream().map(p -> p.line() + "|" + p.column() + "|" + p.reason()).toList();
    }

    @Test
    void readsRowsWithTheirLineNumbersInAnyColumnOrderAndCase() {
        CsvTable t = read("Name,CODE\nSatu,01\n\nDua,02\n");
        assertThat(found()).isEmpty();
        assertThat(t.rows()).extracting(CsvRow::line).containsExactly(2, 4);
        assertThat(t.rows().get(1).get("code")).isEqualTo("02");
    }

    @Test
    void stripsByteOrderMarkAndAcceptsSemicolonsFromIndonesianSpreadsheets() {
        CsvTable t = read("\uFEFFcode;name\n01;Satu, Dua\n");
        assertThat(found()).isEmpty();
        assertThat(t.rows().get(0).get("name")).isEqualTo("Satu, Dua");
    }

    @Test
    void namesEveryMissingHeaderColumn() {
        problems = new Problems("f.csv");
        CsvTable.read(problems, "code\n01\n".getBytes(StandardCharsets.UTF_8),
                List.of(CsvColumn.of("code", 4), CsvColumn.of("name", 9), CsvColumn.of("type", 9)));
        assertThat(problems.list()).extracting(ImportProblem::column).containsExactly("name", "type");
        assertThat(problems.list().get(0).reason()).contains("missing column 'name'");
    }

    @Test
    void reportsShortAndLongRowsByLine() {
        CsvTable t = read("code,name\n01\n02,Dua\n03,Tiga,x\n");
        assertThat(found()).containsExactly("2|name|missing column 'name': the row has 1 of 2 fields",
                "4|field 3|the row has 3 fields, the header 2 (a separator inside a value needs quotes)");
        assertThat(t.rows()).hasSize(1);
    }

    @Test
    void rfc4180QuotingOnlyABackslashIsData() {
        CsvTable t = read("code,name\n01,\"C:\\\\data\\n \"\"x\"\", y\"\n02,\"a\\\"\n");
        assertThat(found()).isEmpty();
        assertThat(t.rows().get(0).get("name")).isEqualTo("C:\\\\data\\n \"x\", y");
        assertThat(t.rows().get(1).get("name")).isEqualTo("a\\");
    }

    @Test
    void anUnbalancedQuoteIsReportedAtTheLineItsRecordStarts() {
        CsvTable t = read("code,name\n01,Satu\n02,Dua\n03,\"Tiga\n04,Empat\n05,Lima\n");
        assertThat(found()).containsExactly("4|name|unbalanced quote: the quoted value that opens on line 4 is never"
                + " closed (a quote inside a value is written as two quotes \"\")");
        assertThat(t.rows()).hasSize(2);
    }

    @Test
    void strayQuotesAreRefusedWhereTheyAre() {
        read("code,name\n01,Jl. \"Melati\"\n02,\"Dua\"x\n03,Tiga\n");
        assertThat(found()).extracting(s -> s.substring(0, s.indexOf(' ')))
                .containsExactly("2|name|a", "3|name|text");
    }

    @Test
    void aColumnTwiceInTheHeaderIsRefusedByName() {
        CsvTable t = read("code,name,Name\n01,Satu,Dua\n");
        assertThat(found()).containsExactly("1|name|column 'name' is in the header twice (fields 2 and 3): which one"
                + " holds the data is unclear, keep one");
        assertThat(t.rows()).isEmpty();
    }

    @Test
    void quotedLineBreaksAreRefusedAndLaterRecordsKeepTheirLines() {
        CsvTable t = read("code,name\n01,\"Satu\nbaris dua\"\n02,x\n03\n");
        assertThat(found()).containsExactly("2|name|a line break inside a quoted value: every value of this file is"
                + " one line (or a closing quote is missing)", "5|name|missing column 'name': the row has 1 of 2 fields");
        assertThat(t.rows()).extracting(CsvRow::line).containsExactly(4);
    }

    @Test
    void nulAndOtherControlCharactersAreRefusedWithLineAndColumn() {
        CsvTable t = read("code,name\n01,Sa\u0000tu\n02,D\u001Bua\n0\u00073,Tiga\n04,\"Em\rpat\"\n05,Li\u202Ema\n"
                + "06,Enam\n");
        assertThat(found()).containsExactly(
                "2|name|control character U+0000 (NUL) at character 3 of the value: remove it",
                "3|name|control character U+001B (escape) at character 2 of the value: remove it",
                "4|code|control character U+0007 at character 2 of the value: remove it",
                "5|name|control character U+000D (carriage return) at character 3 of the value: remove it",
                "6|name|control character U+202E (invisible text-direction control) at character 3 of the value:"
                        + " remove it");
        assertThat(t.rows()).extracting(CsvRow::line).containsExactly(7);
    }

    @Test
    void everyValueIsCheckedAgainstItsColumnsWidth() {
        read("code,name\n01234,Satu\n02," + "x".repeat(21) + "\n03," + "é".repeat(20) + "\n");
        assertThat(found()).containsExactly("2|code|too long: 5 characters, at most 4",
                "3|name|too long: 21 characters, at most 20");
    }

    @Test
    void refusesEveryValueThatIsNotUtf8NamingItsColumn() {
        byte[] latin1 = "code,name\n01,Bantargebang\n02,Caf\u00e9\n03,Ok\n04,Cr\u00e8me\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        CsvTable t = read(latin1);
        assertThat(t.rows()).extracting(CsvRow::line).containsExactly(2, 4);
        assertThat(found()).containsExactly(
                "3|name|wrong encoding: bytes that are not UTF-8 text at character 4 of the value (save the file as"
                        + " \"CSV UTF-8\")",
                "5|name|wrong encoding: bytes that are not UTF-8 text at character 3 of the value (save the file as"
                        + " \"CSV UTF-8\")");
    }

    @Test
    void utf16WithOrWithoutByteOrderMarkIsAWrongEncodingNotAMissingColumn() {
        String text = "code,name\n01,Satu\n";
        for (Charset cs : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                Charset.forName("UTF-32"))) {
            read(text.getBytes(cs));
            assertThat(found()).as(cs.name()).singleElement().asString().startsWith("1|field 1|wrong encoding: the file is UTF-");
        }
    }

    @Test
    void aHundredThousandBadRowsAnswerWithTheFirstThousandAndTheirCount() {
        StringBuilder csv = new StringBuilder("code,name\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("x\u0000,y\n");
        }
        read(csv.toString());
        assertThat(problems.count()).isEqualTo(100_000);
        assertThat(problems.list()).hasSize(Problems.SHOWN);
        assertThat(problems.list().get(0).line()).isEqualTo(2);
        assertThat(problems.list().get(Problems.SHOWN - 1).line()).isEqualTo(Problems.SHOWN + 1);
    }

    @Test
    void anEmptyFileIsAProblemNotAnEmptyImport() {
        read("");
        assertThat(found()).singleElement().asString().startsWith("1|field 1|the file is empty");
    }

    @Test
    void blankLinesAndRowsOfSeparatorsOnlyAreSkipped() {
        CsvTable t = read("\n\ncode;name\n;\n01;Satu\n\n;\n");
        assertThat(found()).isEmpty();
        assertThat(t.rows()).extracting(CsvRow::line).containsExactly(5);
    }
}
