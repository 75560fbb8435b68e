package id.regsosek.recruitment.candidate;

import id.regsosek.common.Nik;
import id.regsosek.frame.AreaCodes;
import id.regsosek.imports.CsvColumn;
import id.regsosek.imports.CsvRow;
import id.regsosek.imports.CsvTable;
import id.regsosek.imports.ImportCounts;
import id.regsosek.imports.ImportRun;
import id.regsosek.imports.Problems;
import id.regsosek.imports.Upsert;
import id.regsosek.recruitment.Campaigns;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a registration export (SOBAT-style) into officer_candidate for one campaign, set-based and all-or-nothing:
 * every row is checked first, a file with any bad row is rejected with all its problems, a re-import of the same
 * file changes nothing. Processes are started afterwards, in chunks, by {@link CandidateStarter}.
 */
@Service
public class CandidateImporter {

    public static final String KIND = "candidates";
    /** Optional column: LENGKAP / TIDAK_LENGKAP / RAGU; missing means the documents still have to be checked. */
    public static final String DOCUMENTS = "documents";
    /** The columns: free text as wide as officer_candidate's columns, the rest checked for their shape below. */
    public static final List<CsvColumn> FORMAT = List.of(CsvColumn.shaped("registration_no"), CsvColumn.shaped("nik"),
            CsvColumn.of("name", 120), CsvColumn.shaped("birth_date"), CsvColumn.shaped("sex"),
            CsvColumn.shaped("education"), CsvColumn.shaped("phone"), CsvColumn.of("email", 120),
            CsvColumn.shaped("district_code"), CsvColumn.shaped("village_code"), CsvColumn.shaped("bps_experience"),
            CsvColumn.shaped("role_applied"), CsvColumn.optional(DOCUMENTS, CsvColumn.SHAPED));
    public static final List<String> COLUMNS = CsvColumn.names(FORMAT);
    /** Nobody alive to apply was born before this. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    static final Set<String> EDUCATION = Set.of("SD", "SMP", "SMA", "SMK", "D1", "D2", "D3", "D4", "S1", "S2", "S3");
    static final Set<String> DOCUMENT_STATES = Set.of("LENGKAP", "TIDAK_LENGKAP", "RAGU");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{8,15}");
    private static final Pattern REG_NO = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    /** A registration number is unique within its campaign only: the update is scoped by the campaign key. */
    private static final Upsert CANDIDATES = new Upsert("officer_candidate", "registration_no", List.of(
            "regency_code", "campaign_key", "nik", "name", "birth_date", "sex", "education", "phone", "email",
            "district_code", "village_code", "has_experience", "role_applied", "documents")).scopedBy("campaign_key");

    private final JdbcTemplate jdbc;
    private final int batchSize;
    private final Campaigns campaigns;

    public CandidateImporter(JdbcTemplate jdbc, @Value("${regsosek.import.batch-size:1000}") int batchSize,
                             Campaigns campaigns) {
        this.jdbc = jdbc;
        this.batchSize = batchSize;
        this.campaigns = campaigns;
    }

    @Transactional
    public ImportCounts importFile(String regency, String campaign, String fileName, byte[] content, ImportRun run) {
        campaigns.lockAndRequireRegistrationOpen(regency, campaign);
        Problems problems = new Problems(fileName);
        CsvTable table = CsvTable.read(problems, content, FORMAT);
        Map<String, String> villageDistrict = new HashMap<>();
        jdbc.query("select code, district_code from village where regency_code = ?",
                rs -> { villageDistrict.put(rs.getString(1), rs.getString(2)); }, regency);
        Set<String> districts = Set.copyOf(jdbc.queryForList("select code from district where regency_code = ?",
                String.class, regency));
        Map<String, String> nikOwner = new HashMap<>();
        jdbc.query("select nik, registration_no from officer_candidate where campaign_key = ?",
                rs -> { nikOwner.put(rs.getString(1), rs.getString(2)); }, campaign);
        Map<String, Integer> nikLine = new HashMap<>();
        Map<String, Integer> regLine = new HashMap<>();
        Map<String, Object[]> rows = new LinkedHashMap<>();
        for (CsvRow row : table.rows()) {
            int before = problems.count();
            CandidateRow c = CandidateRow.check(row, regency, districts, villageDistrict, problems);
            if (c == null || problems.count() > before) {
                continue;
            }
            Integer firstReg = regLine.putIfAbsent(c.registrationNo(), row.line());
            if (firstReg != null) {
                problems.add(row, "registration_no", "duplicate registration number (first on line " + firstReg + ")");
                continue;
            }
            Integer firstNik = nikLine.putIfAbsent(c.nik(), row.line());
            String owner = nikOwner.get(c.nik());
            if (firstNik != null) {
                problems.add(row, "nik", "NIK " + Nik.mask(c.nik()) + " duplicated in the file (first on line "
                        + firstNik + ")");
            } else if (owner != null && !owner.equals(c.registrationNo())) {
                problems.add(row, "nik", "NIK " + Nik.mask(c.nik()) + " already registered in campaign " + campaign
                        + " under " + owner);
            } else {
                rows.put(c.registrationNo(), c.values(regency, campaign));
            }
        }
        problems.rejectIfAny();
        run.expect(rows.size());
        return CANDIDATES.write(jdbc, rows, Upsert.existing(jdbc, "select registration_no,"
                + " regency_code, campaign_key, nik, name, birth_date, sex, education, phone, email, district_code,"
                + " village_code, has_experience, role_applied, documents from officer_candidate"
                + " where campaign_key = ?", campaign), batchSize, run);
    }

    /** One checked row. */
    record CandidateRow(String registrationNo, String nik, String name, LocalDate birthDate, String sex,
                        String education, String phone, String email, String district, String village,
                        boolean experience, String role, String documents) {

        Object[] values(String regency, String campaign) {
            return new Object[] {regency, campaign, nik, name, Date.valueOf(birthDate), sex, education,
                    phone.isEmpty() ? null : phone, email, district, village, experience, role, documents};
        }

        static CandidateRow check(CsvRow row, String regency, Set<String> districts, Map<String, String> villages,
                                  Problems p) {
            String reg = row.get("registration_no");
            if (!REG_NO.matcher(reg).matches()) {
                p.add(row, "registration_no", "registration number missing or not letters/digits/.-_ (max 40)");
            }
            String name = row.get("name");
            if (name.isEmpty() || name.length() > 120) {
                p.add(row, "name", name.isEmpty() ? "name is empty" : "name longer than 120 characters");
            }
            LocalDate birth = birthDate(row, p);
            String sex = row.get("sex").toUpperCase();
            if (!sex.equals("L") && !sex.equals("P")) {
                p.add(row, "sex", "sex must be L or P, got '" + row.get("sex") + "'");
                sex = null;
            }
            String nik = row.get("nik");
            String nikProblem = Nik.problem(nik, birth, sex);
            if (nikProblem != null) {
                p.add(row, "nik", nikProblem);
            }
            String education = row.get("education").toUpperCase();
            if (!EDUCATION.contains(education)) {
                p.add(row, "education", "unknown education level '" + row.get("education") + "' (one of "
                        + String.join("/", new java.util.TreeSet<>(EDUCATION)) + ")");
            }
            String phone = row.get("phone").replace(" ", "").replace("-", "");
            if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
                p.add(row, "phone", "phone number malformed (8-15 digits)");
            }
            String email = row.get("email");
            if (email.isEmpty()) {
                p.add(row, "email", "email missing");
            } else if (!EMAIL.matcher(email).matches() || email.length() > 120) {
                p.add(row, "email", "email malformed");
            }
            String district = row.get("district_code");
            String village = row.get("village_code");
            if (!AreaCodes.DISTRICT.matcher(district).matches() || !districts.contains(district)) {
                p.add(row, "district_code", "unknown district '" + district + "' in regency " + regency);
            }
            if (!village.isEmpty() && !villages.containsKey(village)) {
                p.add(row, "village_code", "unknown village '" + village + "' in regency " + regency);
            }
            Boolean experience = switch (row.get("bps_experience").toLowerCase()) {
                case "ya", "y", "true", "1" -> true;
                case "tidak", "t", "false", "0", "" -> false;
                default -> null;
            };
            if (experience == null) {
                p.add(row, "bps_experience", "bps_experience must be ya or tidak");
            }
            String role = row.get("role_applied").toUpperCase();
            if (!role.equals("PPL") && !role.equals("PML")) {
                p.add(row, "role_applied", "role_applied must be PPL or PML");
            }
            String docs = row.values().containsKey(DOCUMENTS) && !row.get(DOCUMENTS).isEmpty()
                    ? row.get(DOCUMENTS).toUpperCase() : "TIDAK_LENGKAP";
            if (!DOCUMENT_STATES.contains(docs)) {
                p.add(row, DOCUMENTS, "documents must be LENGKAP, TIDAK_LENGKAP or RAGU");
            }
            if (birth == null || sex == null || experience == null) {
                return null;
            }
            return new CandidateRow(reg, nik, name, birth, sex, education, phone, email, district,
                    village.isEmpty() ? null : village, experience, role, docs);
        }

        /** A real calendar date, not in the future and not before 1900; else null after naming what is wrong. */
        private static LocalDate birthDate(CsvRow row, Problems p) {
            String value = row.get("birth_date");
            LocalDate birth;
            try {
                birth = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                p.add(row, "birth_date", "impossible or malformed date '" + value + "' (expected YYYY-MM-DD)");
                return null;
            }
            if (birth.isAfter(LocalDate.now())) {
                p.add(row, "birth_date", "birth date " + value + " is in the future");
                return null;
            }
            if (birth.isBefore(EARLIEST_BIRTH)) {
                p.add(row, "birth_date", "birth date " + value + " is before " + EARLIEST_BIRTH.getYear()
                        + ": not the birth date of a living applicant");
                return null;
            }
            return birth;
        }
    }
}
