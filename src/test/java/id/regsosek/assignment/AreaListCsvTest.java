package id.regsosek.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The area list an officer gets by mail: an SLS name a spreadsheet would run comes out as text. */
class AreaListCsvTest {

    @Test
    void formulaLikeSlsNamesAreNeutralisedAndCountsStayNumbers() {
        AssignmentRows.Row row = new AssignmentRows.Row(1, "32.16.01.2001.0001.00", "=HYPERLINK(\"http://x\",\"a\")",
                "32.16.01.2001", 120, 7L, "PPL-321601-01", "Ani", "ACTIVE", 8L, "PML-321601-01", "Budi", "ACTIVE",
                "APPROVED", 0, 0, 0);
        AssignmentRows.Row other = new AssignmentRows.Row(2, "32.16.01.2001.0002.00", "@RT 2, RW 1",
                "32.16.01.2001", 80, 7L, "PPL-321601-01", "Ani", "ACTIVE", 8L, "PML-321601-01", "Budi", "ACTIVE",
                "APPROVED", 0, 0, 0);
        String csv = new String(AreaListMail.csv(List.of(row, other)), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("sls_code,sls_name,expected_families,ppl_code,pml_code\n"
                + "32.16.01.2001.0001.00,\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\",120,PPL-321601-01,PML-321601-01\n"
                + "32.16.01.2001.0002.00,\"'@RT 2, RW 1\",80,PPL-321601-01,PML-321601-01\n");
    }
}
