package id.regsosek.ranking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
 * ranking does not need it. {@link #verify} recomputes counts and checksums.
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
        try (Writer w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(w)) {
            csv.writeNext(header, false);
            jdbc.query(sql, rs -> {
                String[] line = new String[header.length];
                for (int i = 0; i < header.length; i++) {
                    Object v = rs.getObject(i + 1);
                    line[i] = v == null ? "" : v.toString();
                }
                csv.writeNext(line, false);
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
            long lines;
            try (var stream = Files.lines(f, StandardCharsets.UTF_8)) {
                lines = stream.count() - 1;
            }
            if (lines != file.get("rows").asLong()) {
                problems.add(file.get("name").asText() + " has " + lines + " rows, the manifest says "
                        + file.get("rows").asLong());
            }
        }
        return problems;
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
