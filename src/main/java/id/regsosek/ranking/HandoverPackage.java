package id.regsosek.ranking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.regsosek.csv.CsvRecords;
import id.regsosek.csv.CsvWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The handover package: families.csv, members.csv and results.csv of the regency, plus manifest.json with each
 * file's row count and SHA-256, in a new folder under the configured handover folder. NIK is not in the package:
 * ranking does not need it. Written by the one {@link CsvWriter} (text neutralised against spreadsheet formulas,
 * numbers as numbers); the manifest describes the bytes as written, and {@link #verify} recomputes its checksums
 * and counts records (not lines) with the same grammar.
 */
@Service
public class HandoverPackage {

    static final String MANIFEST = "manifest.json";

    private final JdbcTemplate jdbc;
    private final Path root;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public HandoverPackage(JdbcTemplate jdbc, @Value("${regsosek.handover.folder:./data/handover}") String root) {
        this.jdbc = jdbc;
        this.root = Path.of(root);
    }

    public Path write(String regency, String campaign) {
        Path dir = root.resolve(campaign).resolve(Instant.now().toString().replace(':', '-'));
        try {
            Files.createDirectories(dir);
            List<Map<String, Object>> files = new ArrayList<>();
            files.add(csv(dir, "families.csv", "select f.id, s.code, f.kk_number is not null, f.head_name,"
                    + " f.address, f.origin, f.prelist_status, f.result_code, f.final_at from family f join sls s"
                    + " on s.id = f.sls_id where f.regency_code = ? order by f.id", regency, "family_id", "sls_code",
                    "has_kk", "head_name", "address", "origin", "prelist_status", "result_code", "final_at"));
            files.add(csv(dir, "members.csv", "select m.family_id, m.line_no, m.relationship, m.sex, m.age,"
                    + " m.education, m.work_status, m.disability from family_member m join family f on f.id ="
                    + " m.family_id where f.regency_code = ? order by m.family_id, m.line_no", regency,
                    "family_id", "line_no", "relationship", "sex", "age", "education", "work_status", "disability"));
            files.add(csv(dir, "results.csv", "select s.code, f.result_code, count(*) from family f join sls s on"
                    + " s.id = f.sls_id where f.regency_code = ? group by s.code, f.result_code order by s.code,"
                    + " f.result_code", regency, "sls_code", "result_code", "families"));
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("regency", regency);
            manifest.put("campaign", campaign);
            manifest.put("createdAt", Instant.now().toString());
            manifest.put("files", files);
            json.writeValue(dir.resolve(MANIFEST).toFile(), manifest);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("handover package " + dir + " could not be written", e);
        }
    }

    private Map<String, Object> csv(Path dir, String name, String sql, String regency, String... header)
            throws IOException {
        int[] rows = {0};
        try (Writer w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(w).row((Object[]) header);
            jdbc.query(sql, rs -> {
                Object[] line = new Object[header.length];
                for (int i = 0; i < header.length; i++) {
                    line[i] = rs.getObject(i + 1);
                }
                csv.row(line);
                rows[0]++;
            }, regency);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("rows", rows[0]);
        entry.put("sha256", sha256(dir.resolve(name)));
        return entry;
    }

    /** What is wrong with a package folder: missing files, row counts or checksums that differ from the manifest. */
    public List<String> verify(Path dir) throws IOException {
        List<String> problems = new ArrayList<>();
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isReadable(manifest)) {
            return List.of("no " + MANIFEST + " in " + dir);
        }
        for (var file : json.readTree(manifest.toFile()).get("files")) {
            Path f = dir.resolve(file.get("name").asText());
            if (!Files.isReadable(f)) {
                problems.add(file.get("name").asText() + " is missing");
                continue;
            }
            if (!sha256(f).equals(file.get("sha256").asText())) {
                problems.add(file.get("name").asText() + " checksum differs from the manifest");
            }
            String name = file.get("name").asText();
            long records = records(f, name, problems);
            if (records >= 0 && records != file.get("rows").asLong()) {
                problems.add(name + " has " + records + " rows, the manifest says " + file.get("rows").asLong());
            }
        }
        return problems;
    }

    /**
     * Data records after the header, read with the same RFC 4180 grammar the package was written with: a value
     * holding a line break is one record, not two lines. A record whose field count differs from the header's is
     * a problem; so is text that is not UTF-8. Returns -1 when the file cannot be read as CSV at all.
     */
    static long records(Path file, String name, List<String> problems) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            CsvRecords reader = new CsvRecords(in, ',');
            CsvRecords.CsvRecord header = reader.next();
            long count = 0;
            for (CsvRecords.CsvRecord r = reader.next(); r != null; r = reader.next()) {
                count++;
                if (!r.faults().isEmpty()) {
                    problems.add(name + " line " + r.line() + ": " + r.faults().get(0).reason());
                    return -1;
                }
                if (header != null && r.fields().size() != header.fields().size()) {
                    problems.add(name + " line " + r.line() + " has " + r.fields().size() + " fields, the header "
                            + header.fields().size());
                }
            }
            return count;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                problems.add(name + " is not UTF-8 text");
                return -1;
            }
            throw e.getCause();
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
