package id.regsosek.ranking;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The proxy-means-test weights, from config/ranking/pmt-weights.csv (indicator, weight, meaning): policy, not
 * code. Every indicator the ranking computes must have a weight, and no unknown indicator is accepted.
 */
@Component
public class PmtWeights {

    static final String FILE = "ranking/pmt-weights.csv";

    public Map<String, Double> load() {
        String text = read();
        Map<String, Double> weights = new LinkedHashMap<>();
        try (CSVReader csv = new CSVReader(new StringReader(text))) {
            csv.readNext();
            String[] row;
            int line = 1;
            while ((row = csv.readNext()) != null) {
                line++;
                if (row.length < 2 || row[0].isBlank()) {
                    continue;
                }
                if (!FamilyIndicators.NAMES.contains(row[0].trim())) {
                    throw new IllegalStateException(FILE + " line " + line + ": unknown indicator '" + row[0]
                            + "'; known: " + FamilyIndicators.NAMES);
                }
                try {
                    weights.put(row[0].trim(), Double.parseDouble(row[1].trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(FILE + " line " + line + ": weight '" + row[1] + "' is no number");
                }
            }
        } catch (IOException | com.opencsv.exceptions.CsvException e) {
            throw new IllegalStateException(FILE + " unreadable: " + e.getMessage(), e);
        }
        Set<String> missing = new java.util.TreeSet<>(FamilyIndicators.NAMES);
        missing.removeAll(weights.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException(FILE + " has no weight for " + missing);
        }
        return weights;
    }

    private static String read() {
        Path local = Path.of("config", FILE);
        try {
            if (Files.isReadable(local)) {
                return Files.readString(local, StandardCharsets.UTF_8);
            }
            try (InputStream in = PmtWeights.class.getResourceAsStream("/config/" + FILE)) {
                if (in == null) {
                    throw new IllegalStateException("no config/" + FILE);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("config/" + FILE + " unreadable", e);
        }
    }
}
