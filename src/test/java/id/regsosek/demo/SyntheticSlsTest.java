package id.regsosek.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SyntheticSlsTest {

    @Test
    void theShippedDemoFileIsExactlyWhatTheGeneratorMakes() throws Exception {
        String shipped;
        try (InputStream in = getClass().getResourceAsStream("/demo/sls-32.16.csv")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(SyntheticSls.generate()).isEqualTo(shipped);
    }

    @Test
    void itHasTheSizeOfTheBekasiOperation() throws Exception {
        String[] lines = SyntheticSls.generate().split("\n");
        long families = 0;
        for (int i = 1; i < lines.length; i++) {
            families += Long.parseLong(lines[i].substring(lines[i].lastIndexOf(',') + 1));
        }
        assertThat(lines.length - 1).isBetween(4150, 4300);
        assertThat(families).isBetween(1_000_000L, 1_100_000L);
    }
}
