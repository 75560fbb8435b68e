package id.regsosek.recruitment.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The instructor's sheet is read with the imports' CSV grammar: quotes as RFC 4180, a backslash is data, every
 * problem names its line (baris) and, for what breaks the grammar or holds a control character, its column.
 */
class TrainingSheetTest {

    private static final List<String> CLASS = List.of("REG-1", "REG-2", "REG-3");
    private static final String GOOD_1 = "REG-1;hadir;hadir;60;80\n";
    private static final String GOOD_3 = "REG-3;1;1;70;90\n";

    private static List<String> problems(String line2) {
        return TrainingSheet.parse(GOOD_1 + line2 + GOOD_3, CLASS, 2).problems();
    }

    @Test
    void aCleanSheetReadsQuotedValuesAndBlankLines() {
        TrainingSheet sheet = TrainingSheet.parse(GOOD_1 + "\n\"REG-2\"; hadir ;\"absen\";50;75\r\n" + GOOD_3, CLASS,
                2);
        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.lines().get("REG-2").present()).containsExactly(true, false);
    }

    @Test
    void eachMalformedLineIsNamedWithItsLineAndColumn() {
        Map<String, String> faults = Map.ofEntries(
                Map.entry("REG-2;hadir;\"absen;50;75\n", "baris 2: kolom 3: tanda kutip (\") dibuka tetapi tidak"),
                Map.entry("REG-2;hadir;ab\"sen;50;75\n", "baris 2: kolom 3: tanda kutip (\") di tengah nilai"),
                Map.entry("REG-2;hadir;\"absen\"x;50;75\n", "baris 2: kolom 3: ada teks setelah tanda kutip penutup"),
                Map.entry("REG-2;hadir;\"ab\nsen\";50;75\n", "baris 2: kolom 3: ganti baris di dalam tanda kutip"),
                Map.entry("REG-2\u0000;hadir;absen;50;75\n", "baris 2: kolom 1: karakter kendali U+0000"),
                Map.entry("REG-2;hadir;absen\u001B;50;75\n", "baris 2: kolom 3: karakter kendali U+001B"),
                Map.entry("REG-2;hadir;absen;5\u007F0;75\n", "baris 2: kolom 4: karakter kendali U+007F"),
                Map.entry("REG-2;hadir;absen;50;75\u0085\n", "baris 2: kolom 5: karakter kendali U+0085"),
                Map.entry("REG-2;hadir;absen;50\n", "baris 2: harus 5 kolom"),
                Map.entry("REG-2;hadir;absen;50;75;1\n", "baris 2: harus 5 kolom"),
                Map.entry("REG-2\\;hadir;absen;50;75\n", "baris 2: REG-2\\ bukan peserta kelas ini"),
                Map.entry("REG-9;hadir;absen;50;75\n", "baris 2: REG-9 bukan peserta kelas ini"),
                Map.entry("REG-2;hadir;kadang;50;75\n", "baris 2: kehadiran tiap hari harus hadir atau absen"),
                Map.entry("REG-2;hadir;absen;50;101\n", "baris 2: nilai harus 0-100"),
                Map.entry("REG-2;hadir;absen;5.5;75\n", "baris 2: nilai harus 0-100"),
                Map.entry("REG-1;hadir;absen;50;75\n", "baris 2: REG-1 tertulis dua kali"),
                Map.entry("R".repeat(5000) + ";hadir;absen;50;75\n", "baris 2: " + "R".repeat(40) + "... bukan"));
        faults.forEach((line, expected) -> assertThat(problems(line)).as(line).anyMatch(p -> p.startsWith(expected)));
    }

    @Test
    void aQuotedLineBreakKeepsTheLinesAfterItNumberedAsTheInstructorSeesThem() {
        List<String> problems = TrainingSheet.parse(GOOD_1 + "REG-2;\"hadir\nhadir\";50;75\nREG-3;1;1;70;200\n",
                CLASS, 2).problems();
        assertThat(problems).anyMatch(p -> p.startsWith("baris 2: kolom 2: ganti baris"))
                .anyMatch(p -> p.startsWith("baris 4: nilai harus 0-100"));
    }
}
