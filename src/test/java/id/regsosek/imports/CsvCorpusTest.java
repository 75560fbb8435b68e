package id.regsosek.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.frame.AreaFiles;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.candidate.RecruitmentImports;
import id.regsosek.support.AppTest;
import id.regsosek.visit.VisitFixtures;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A generated corpus of malformed CSV files: every fault below applied to a valid file of every import kind that
 * has an HTTP endpoint, each file sent through that endpoint as its user would. Each must answer 422 (never 500),
 * name the fault's line and column with a useful reason (and nothing else: the rest of the file is valid), and
 * leave every table it could write to as it was.
 */
class CsvCorpusTest extends AppTest {

    private static final String AREA_REGENCY = "32.71";
    private static final String AREA_ADMIN = "admin-3271";

    /** Tables an import (or what it starts) writes to; each must count the same before and after a file. */
    private static final List<String> COUNTS = List.of("select count(*) from regency", "select count(*) from district",
            "select count(*) from village", "select count(*) from sls", "select count(*) from family",
            "select count(*) from officer_candidate", "select count(*) from officer_candidate where test_score is not"
                    + " null", "select count(*) from sls_signoff_decision", "select count(*) from family_visit",
            "select count(*) from act_ru_execution", "select count(*) from act_ru_task",
            "select count(*) from act_ru_variable");

    /** A valid file of one import kind: its endpoint and user, rows of cells, and the text column faults go in. */
    private record Kind(String name, String user, String path, String header, List<List<String>> rows,
                        String column, int width, String faultFile, Map<String, String> otherParts) {

        int columnIndex() {
            return List.of(header.split(",")).indexOf(column);
        }
    }

    /** One fault: what it does to the file, and the problem it must produce. */
    private record Fault(String name, UnaryOperator<Csv> apply, int line, String column, String reason,
                         boolean only) {
    }

    /** A file being made: header cells and rows of cells as they will be written (already quoted if needed). */
    private static final class Csv {
        final List<String> header;
        final List<List<String>> rows;
        final Kind kind;
        Charset charset = StandardCharsets.UTF_8;
        byte[] raw;

        Csv(Kind kind) {
            this.kind = kind;
            this.header = new ArrayList<>(List.of(kind.header().split(",")));
            this.rows = new ArrayList<>();
            kind.rows().forEach(r -> rows.add(new ArrayList<>(r)));
        }

        Csv cell(int row, String value) {
            rows.get(row).set(kind.columnIndex(), value);
            return this;
        }

        String value(int row) {
            return rows.get(row).get(kind.columnIndex());
        }

        Csv raw(byte[] bytes) {
            raw = bytes;
            return this;
        }

        String text() {
            StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
            rows.forEach(r -> out.append(String.join(",", r)).append('\n'));
            return out.toString();
        }

        byte[] bytes() {
            return raw != null ? raw : text().getBytes(charset);
        }

        /** The file with the value of the second data row (line 3) replaced by these raw bytes around it. */
        Csv bytesInValue(byte... inserted) {
            String marker = "\u0001MARK\u0001";
            cell(1, value(1) + marker);
            String[] parts = text().split(marker);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
            out.writeBytes(inserted);
            out.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
            return raw(out.toByteArray());
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RecruitmentImports recruitment;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    private RegencyUsers users;
    @Autowired
    private FrameImports frames;

    @TestFactory
    Stream<DynamicTest> everyFaultInEveryImportKindIsRejectedByLineAndColumnWithNothingWritten() {
        List<Kind> kinds = kinds();
        List<Fault> faults = faults();
        List<DynamicTest> tests = new ArrayList<>();
        for (Kind kind : kinds) {
            for (Fault fault : faults) {
                tests.add(DynamicTest.dynamicTest(kind.name() + ": " + fault.name(), () -> send(kind, fault)));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(200);
        // Last, the same files without their fault are taken: each file above was refused for its fault alone.
        for (Kind kind : kinds) {
            tests.add(DynamicTest.dynamicTest(kind.name() + ": without a fault it is imported", () -> {
                HttpResponse<String> r = http(kind.user()).upload(kind.path(), parts(kind, new Csv(kind).bytes()));
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            }));
        }
        return tests.stream();
    }

    private static Map<String, Map.Entry<String, byte[]>> parts(Kind kind, byte[] file) {
        Map<String, Map.Entry<String, byte[]>> parts = new LinkedHashMap<>();
        kind.otherParts().forEach((part, content) -> parts.put(part, Map.entry(part + ".csv",
                content.getBytes(StandardCharsets.UTF_8))));
        parts.put(kind.otherParts().isEmpty() ? "file" : kind.faultFile().replace(".csv", ""),
                Map.entry(kind.faultFile(), file));
        return parts;
    }

    private void send(Kind kind, Fault fault) throws Exception {
        Csv file = fault.apply().apply(new Csv(kind));
        List<Integer> before = counts();
        HttpResponse<String> r = http(kind.user()).upload(kind.path(), parts(kind, file.bytes()));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).doesNotContainIgnoringCase("insert into").doesNotContainIgnoringCase("sql")
                .doesNotContain("Exception").hasSizeLessThan(20_000);
        JsonNode report = json.readTree(r.body());
        assertThat(report.get("state").asText()).isEqualTo("REJECTED");
        List<String> problems = new ArrayList<>();
        for (JsonNode p : report.get("problems")) {
            assertThat(p.get("line").asInt()).as(r.body()).isPositive();
            assertThat(p.path("column").asText("")).as(r.body()).isNotBlank();
            assertThat(p.path("reason").asText("")).as(r.body()).isNotBlank();
            problems.add(p.get("file").asText() + "|" + p.get("line").asInt() + "|" + p.get("column").asText() + "|"
                    + p.get("reason").asText());
        }
        String column = expectedColumn(kind, fault);
        String expected = kind.faultFile() + "|" + fault.line() + "|" + column + "|";
        assertThat(problems).as(r.body()).anyMatch(p -> p.startsWith(expected) && p.contains(fault.reason()));
        if (fault.only()) {
            assertThat(problems).as(r.body()).hasSize(1);
            assertThat(report.get("problemCount").asInt()).isEqualTo(1);
        }
        assertThat(counts()).as("rows in the tables an import writes").isEqualTo(before);
    }

    /** null: the faulted column; $last: the header's last; $field: the faulted field by position; #: one past. */
    private static String expectedColumn(Kind kind, Fault fault) {
        String[] header = kind.header().split(",");
        if (fault.column() == null) {
            return kind.column();
        }
        return switch (fault.column()) {
            case "$last" -> header[header.length - 1];
            case "$field" -> "field " + (kind.columnIndex() + 1);
            default -> fault.column().replace("#", String.valueOf(header.length + 1));
        };
    }

    private List<Integer> counts() {
        return COUNTS.stream().map(sql -> jdbc.queryForObject(sql, Integer.class)).toList();
    }

    private static Fault value(String name, String inserted, String reason) {
        return new Fault(name, f -> f.cell(1, f.value(1).substring(0, 1) + inserted + f.value(1).substring(1)), 3,
                null, reason, true);
    }

    private static Fault quoted(String name, String quotedValue, int line, String reason) {
        return new Fault(name, f -> f.cell(line - 2, quotedValue), line, null, reason, true);
    }

    private static Fault bytes(String name, String reason, int... inserted) {
        byte[] b = new byte[inserted.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) inserted[i];
        }
        return new Fault(name, f -> f.bytesInValue(b), 3, null, reason, true);
    }

    private static Fault encoded(String name, Charset charset, byte[] bom, String reason) {
        return new Fault(name, f -> {
            byte[] text = f.text().getBytes(charset);
            byte[] all = new byte[bom.length + text.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(text, 0, all, bom.length, text.length);
            return f.raw(all);
        }, 1, "field 1", reason, true);
    }

    private static List<Fault> faults() {
        Charset utf32be = Charset.forName("UTF-32BE");
        Charset utf32le = Charset.forName("UTF-32LE");
        List<Fault> all = new ArrayList<>(List.of(
                value("NUL byte", "\u0000", "U+0000 (NUL)"),
                value("escape sequence", "\u001B[2J", "U+001B (escape)"),
                value("bell", "\u0007", "U+0007"),
                value("backspace", "\b", "U+0008"),
                value("form feed", "\f", "U+000C"),
                value("vertical tab", "\u000B", "U+000B"),
                value("delete", "\u007F", "U+007F (delete)"),
                value("C1 next-line", "\u0085", "U+0085"),
                value("C1 control", "\u009B", "U+009B"),
                value("right-to-left override", "\u202E", "text-direction"),
                value("left-to-right isolate", "\u2066", "text-direction"),
                value("byte-order mark inside", "\uFEFF", "byte-order mark"),
                value("line separator", "\u2028", "line separator"),
                value("paragraph separator", "\u2029", "line separator"),
                value("tab", "\t", "U+0009 (tab)"),
                quoted("lone CR in quotes", "\"Ab\rcd\"", 3, "U+000D (carriage return)"),
                quoted("LF in quotes", "\"Ab\ncd\"", 3, "a line break inside a quoted value"),
                quoted("CRLF in quotes", "\"Ab\r\ncd\"", 3, "a line break inside a quoted value"),
                quoted("unbalanced quote mid-file", "\"Ab", 3, "unbalanced quote: the quoted value that opens on line 3"),
                quoted("unbalanced quote on the last line", "\"Ab", 4, "unbalanced quote: the quoted value that opens on"
                        + " line 4"),
                quoted("quote inside an unquoted value", "Ab\"cd", 3, "a quote inside an unquoted value"),
                quoted("text after the closing quote", "\"Ab\"cd", 3, "text after the closing quote"),
                quoted("backslash-escaped quote", "\"Ab\\\"cd\"", 3, "text after the closing quote"),
                new Fault("value wider than its column", f -> f.cell(1, "x".repeat(f.kind.width() + 1)), 3, null,
                        "too long", true),
                bytes("Windows-1252 e-acute", "wrong encoding", 0xE9),
                bytes("truncated UTF-8 sequence", "wrong encoding", 0xE2, 0x82),
                bytes("lone continuation byte", "wrong encoding", 0x80),
                bytes("overlong UTF-8", "wrong encoding", 0xC0, 0xAF),
                bytes("UTF-8 encoded surrogate", "wrong encoding", 0xED, 0xA0, 0x80),
                bytes("invalid byte 0xFF", "wrong encoding", 0xFF),
                new Fault("too few fields", f -> {
                    f.rows.get(1).remove(f.rows.get(1).size() - 1);
                    return f;
                }, 3, "$last", "missing column", true),
                new Fault("too many fields", f -> {
                    f.rows.get(1).add("lebih");
                    return f;
                }, 3, "field #", "the row has", true),
                new Fault("unquoted separator in a value", f -> f.cell(1, "Ab,cd"), 3, "field #", "the row has", true),
                new Fault("column twice in the header", f -> {
                    f.header.add(f.kind.column());
                    f.rows.forEach(r -> r.add(r.get(f.kind.columnIndex())));
                    return f;
                }, 1, null, "is in the header twice", true),
                new Fault("column twice in the header, other case", f -> {
                    f.header.add(f.kind.column().toUpperCase());
                    f.rows.forEach(r -> r.add(r.get(f.kind.columnIndex())));
                    return f;
                }, 1, null, "is in the header twice", true),
                new Fault("missing column", f -> {
                    int i = f.kind.columnIndex();
                    f.header.remove(i);
                    f.rows.forEach(r -> r.remove(i));
                    return f;
                }, 1, null, "missing column", true),
                new Fault("NUL in the header", f -> {
                    f.header.set(f.kind.columnIndex(), f.kind.column() + "\u0000");
                    return f;
                }, 1, "$field", "header: control character U+0000", false),
                new Fault("stray quote in the header", f -> {
                    f.header.set(f.kind.columnIndex(), f.kind.column() + "\"x");
                    return f;
                }, 1, "$field", "a quote inside an unquoted value", false),
                new Fault("value under a header field without a name", f -> {
                    f.header.add("");
                    f.rows.forEach(r -> r.add(""));
                    f.rows.get(1).set(f.rows.get(1).size() - 1, "siapa");
                    return f;
                }, 3, "field #", "a value in a field the header gives no name", true),
                encoded("UTF-16LE without byte-order mark", StandardCharsets.UTF_16LE, new byte[0],
                        "wrong encoding: the file is UTF-16 or UTF-32"),
                encoded("UTF-16BE without byte-order mark", StandardCharsets.UTF_16BE, new byte[0],
                        "wrong encoding: the file is UTF-16 or UTF-32"),
                encoded("UTF-16LE with byte-order mark", StandardCharsets.UTF_16LE,
                        new byte[] {(byte) 0xFF, (byte) 0xFE}, "wrong encoding: the file is UTF-16 (with byte-order"),
                encoded("UTF-16BE with byte-order mark", StandardCharsets.UTF_16BE,
                        new byte[] {(byte) 0xFE, (byte) 0xFF}, "wrong encoding: the file is UTF-16 (with byte-order"),
                encoded("UTF-32BE with byte-order mark", utf32be, new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
                        "wrong encoding: the file is UTF-32"),
                encoded("UTF-32LE without byte-order mark", utf32le, new byte[0],
                        "wrong encoding: the file is UTF-16 or UTF-32"),
                new Fault("empty file", f -> f.raw(new byte[0]), 1, "field 1", "the file is empty", true),
                new Fault("blank lines only", f -> f.raw("\n\r\n\n".getBytes(StandardCharsets.UTF_8)), 1, "field 1",
                        "the file is empty", true)));
        return all;
    }

    private List<Kind> kinds() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        VisitFixtures.Team team = new VisitFixtures(jdbc, users, "32.16").team("korpus");
        String sls = team.slsCode();
        List<List<String>> corrections = new ArrayList<>();
        int n = 0;
        for (long family : new VisitFixtures(jdbc, users, "32.16").families(team, 3)) {
            n++;
            jdbc.update("update family set result_code = 1 where id = ?", family);
            jdbc.update("insert into family_rank (family_id, regency_code, campaign_key, score, welfare_rank, decile)"
                    + " values (?, '32.16', 'korpus', 0, ?, 1)", family, 100_000 + n);
            corrections.add(List.of(String.valueOf(family), "Forum desa minta cek ulang " + n));
        }
        // The area frame kind works on a regency of its own, so its clean file adds nothing to the demo's.
        ImportReport frame = frames.importArea(AREA_REGENCY, new AreaFiles(
                utf8("code,province_code,name\n32.71,32,Kota Korpus\n"),
                utf8("code,regency_code,name\n32.71.01,32.71,Korpus\n"),
                utf8("code,district_code,name\n32.71.01.1001,32.71.01,Korpus\n")), "test");
        assertThat(frame.state()).as(frame.toString()).isEqualTo("DONE");
        users.ensure(new RegencyUsers.NewUser(AREA_ADMIN, "Admin", "Korpus", null, "demo", Groups.REGENCY_ADMIN,
                AREA_REGENCY));
        String campaign = "32.16-KORPUS-" + tag;
        List<List<String>> candidates = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            candidates.add(List.of(campaign + "-" + i, String.format("321601120590%04d", i), "Calon Korpus " + i,
                    "1990-05-12", "L", "SMA", "081234567890", "korpus" + i + "@contoh.id", "32.16.01",
                    "32.16.01.2001", "tidak", "PPL", "LENGKAP"));
        }
        String candidateHeader = "registration_no,nik,name,birth_date,sex,education,phone,email,district_code,"
                + "village_code,bps_experience,role_applied,documents";
        testingCandidates(campaign, candidateHeader, candidates);
        String scoresCampaign = campaign;
        String candidatesCampaign = campaign + "-B";
        List<List<String>> scores = candidates.stream().map(c -> List.of(c.get(0), "75")).toList();
        return List.of(
                new Kind("area frame", AREA_ADMIN, "/api/frame/import/area", "code,regency_code,name",
                        List.of(List.of("32.71.02", "32.71", "Korpus Satu"), List.of("32.71.03", "32.71", "Korpus Dua"),
                                List.of("32.71.04", "32.71", "Korpus Tiga")), "name", 120, "districts.csv",
                        Map.of("regencies", "code,province_code,name\n32.71,32,Kota Korpus\n",
                                "villages", "code,district_code,name\n32.71.01.1002,32.71.01,Desa Korpus\n")),
                new Kind("SLS list", "admin", "/api/frame/import/sls",
                        "village_code,sls_code,sub_sls,name,type,expected_families",
                        List.of(List.of("32.16.01.2001", "9701", "00", "RT 1 Korpus", "SLS", "100"),
                                List.of("32.16.01.2001", "9702", "00", "RT 2 Korpus", "SLS", "100"),
                                List.of("32.16.01.2001", "9703", "00", "RT 3 Korpus", "SLS", "100")), "name", 120,
                        "sls.csv", Map.of()),
                new Kind("prelist", "admin", "/api/assignment/prelist",
                        "sls_code,kk_number,head_name,address,building_no,member_count",
                        List.of(List.of(sls, "3216970000000001", "Kepala Satu", "Jl. Korpus 1", "1", "3"),
                                List.of(sls, "3216970000000002", "Kepala Dua", "Jl. Korpus 2", "2", "4"),
                                List.of(sls, "3216970000000003", "Kepala Tiga", "Jl. Korpus 3", "3", "5")),
                        "head_name", 120, "vk.csv", Map.of()),
                new Kind("candidates", "rekrutmen", "/api/recruitment/campaigns/" + candidatesCampaign + "/candidates",
                        candidateHeader, candidates, "name", 120, "pendaftar.csv", Map.of()),
                new Kind("test scores", "rekrutmen", "/api/recruitment/campaigns/" + scoresCampaign + "/test-scores",
                        "registration_no,test_score", scores, "registration_no", CsvColumn.SHAPED, "nilai.csv",
                        Map.of()),
                new Kind("forum corrections", "admin", "/api/ranking/corrections", "family_id,reason", corrections,
                        "reason", 500, "koreksi.csv", Map.of()));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Candidates of the test-score kind, imported and waiting for their test (as the CSV of scores expects). */
    private void testingCandidates(String campaign, String header, List<List<String>> rows) {
        StringBuilder file = new StringBuilder(header).append('\n');
        rows.forEach(r -> file.append(String.join(",", r)).append('\n'));
        ImportReport report = recruitment.importCandidates("32.16", campaign, "korpus.csv",
                file.toString().getBytes(StandardCharsets.UTF_8), "test");
        assertThat(report.state()).as(report.toString()).isEqualTo("DONE");
        for (List<String> r : rows) {
            var pi = runtime.createProcessInstanceQuery().processDefinitionKey(RecruitmentProcess.KEY)
                    .processInstanceBusinessKey(r.get(0)).singleResult();
            management.createJobQuery().processInstanceId(pi.getId()).list()
                    .forEach(j -> management.executeJob(j.getId()));
        }
        assertThat(jdbc.queryForList("select distinct status from officer_candidate where campaign_key = ?",
                String.class, campaign)).containsExactly("TESTING");
    }
}
