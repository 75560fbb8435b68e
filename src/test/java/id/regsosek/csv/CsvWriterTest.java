package id.regsosek.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void textThatASpreadsheetWouldRunIsWrittenAsQuotedText() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://x.example\",\"klik\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"klik\"\")\"");
        assertThat(CsvWriter.cell("+62812")).isEqualTo("\"'+62812\"");
        assertThat(CsvWriter.cell("-1+1")).isEqualTo("\"'-1+1\"");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvWriter.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(CsvWriter.cell("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void numbersStayNumbersAndOrdinaryTextStaysAsItIs() {
        assertThat(CsvWriter.cell(-2.53)).isEqualTo("-2.53");
        assertThat(CsvWriter.cell(new BigDecimal("-12.50"))).isEqualTo("-12.50");
        assertThat(CsvWriter.cell(-7L)).isEqualTo("-7");
        assertThat(CsvWriter.cell("-7")).as("a negative number as text is text").isEqualTo("\"'-7\"");
        assertThat(CsvWriter.cell("RT 001 RW 002")).isEqualTo("RT 001 RW 002");
        assertThat(CsvWriter.cell("Jl. Melati, No. 5")).isEqualTo("\"Jl. Melati, No. 5\"");
        assertThat(CsvWriter.cell("C:\\data\\n")).isEqualTo("C:\\data\\n");
        assertThat(CsvWriter.cell(null)).isEmpty();
        assertThat(CsvWriter.cell(Double.NEGATIVE_INFINITY)).isEqualTo("\"'-Infinity\"");
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameRecordsLineBreaksIncluded() {
        List<Object> row = List.of("a\nb", "say \"hi\"", "x,y", "", "=1");
        String text = CsvWriter.write(List.of("a", "b", "c", "d", "e"), List.of(row, List.of("", "", "", "", "")));
        CsvRecords records = CsvRecords.of(text, ',');
        List<CsvRecords.CsvRecord> all = new ArrayList<>();
        for (CsvRecords.CsvRecord r = records.next(); r != null; r = records.next()) {
            all.add(r);
        }
        assertThat(all).hasSize(3);
        assertThat(all.get(1).fields()).containsExactly("a\nb", "say \"hi\"", "x,y", "", "'=1");
        assertThat(all.get(2).line()).isEqualTo(4);
    }

    @Test
    void aRecordOfOneEmptyCellIsNotAnEmptyLine() {
        assertThat(CsvWriter.write(List.of("only"), List.of(List.of("")))).isEqualTo("only\n\"\"\n");
    }
}
