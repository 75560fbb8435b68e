package id.regsosek.ranking;

import id.regsosek.imports.CsvColumn;
import id.regsosek.imports.CsvRow;
import id.regsosek.imports.CsvTable;
import id.regsosek.imports.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
    private static final List<CsvColumn> COLUMNS = List.of(CsvColumn.of("indicator", 60), CsvColumn.of("weight", 20),
            CsvColumn.optional("meaning", 500));

    public Map<String, Double> load() {
        Problems problems = new Problems(FILE);
        CsvTable table = CsvTable.read(problems, read().getBytes(StandardCharsets.UTF_8), COLUMNS);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(FILE + " unreadable: " + problems.list());
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (CsvRow row : table.rows()) {
            if (!FamilyIndicators.NAMES.contains(row.get("indicator"))) {
                throw new IllegalStateException(FILE + " line " + row.line() + ": unknown indicator '"
                        + row.get("indicator") + "'; known: " + FamilyIndicators.NAMES);
            }
            try {
                weights.put(row.get("indicator"), Double.parseDouble(row.get("weight")));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(FILE + " line " + row.line() + ": weight '" + row.get("weight")
                        + "' is no number");
            }
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
