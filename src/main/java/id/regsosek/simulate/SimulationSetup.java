package id.regsosek.simulate;

import id.regsosek.frame.AreaFiles;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.imports.ImportReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a simulation starts: the regency's frame (imported first when files are given), its enumeration period
 * as the office configures it, the regency admin and office staff, a Koseka per district, and (with
 * {@code --recruitment=false}; otherwise {@link SimRecruitment} recruits them) the officers recruitment would have
 * deployed (officer rows and logins: a PPL per 250 expected families, a PML per 4 PPL). The prelist is made here
 * and uploaded by the admin over the application's own upload.
 */
@Component
class SimulationSetup {

    static final int FAMILIES_PER_PPL = 250;
    static final int PPL_PER_PML = 4;

    record District(String code, List<Sls> sls, List<String> ppl, List<String> pml, String koseka) {

        District withOfficers(List<String> recruitedPpl, List<String> recruitedPml) {
            return new District(code, sls, recruitedPpl, recruitedPml, koseka);
        }
    }

    record Sls(long id, String code, int families) {
    }

    private final JdbcTemplate jdbc;
    private final FrameImports frames;
    private final RegencyUsers users;

    SimulationSetup(JdbcTemplate jdbc, FrameImports frames, RegencyUsers users) {
        this.jdbc = jdbc;
        this.frames = frames;
        this.users = users;
    }

    void importFrame(SimulationOptions o) throws IOException {
        if (o.areaDir() != null) {
            Path dir = Path.of(o.areaDir());
            require(frames.importArea(o.regency(), new AreaFiles(Files.readAllBytes(dir.resolve(AreaFiles.REGENCIES)),
                    Files.readAllBytes(dir.resolve(AreaFiles.DISTRICTS)),
                    Files.readAllBytes(dir.resolve(AreaFiles.VILLAGES))), "simulate"));
        }
        if (o.slsFile() != null) {
            Path file = Path.of(o.slsFile());
            require(frames.importSls(o.regency(), file.getFileName().toString(), Files.readAllBytes(file),
                    "simulate"));
        }
    }

    private static void require(ImportReport report) {
        if (!"DONE".equals(String.valueOf(report.state()))) {
            throw new IllegalArgumentException("frame import " + report.state() + ": " + report.problems());
        }
    }

    String admin(String regency) {
        return office(regency, "admin", "Admin", Groups.REGENCY_ADMIN);
    }

    /** Recruitment staff and the instructor of the regency (office staff: not recruited themselves). */
    String[] recruitmentOffice(String regency) {
        return new String[] {office(regency, "rekrut", "Rekrutmen", Groups.RECRUITMENT_STAFF),
            office(regency, "instruktur", "Instruktur", Groups.INSTRUCTOR)};
    }

    private String office(String regency, String prefix, String firstName, String group) {
        String id = "sim-" + prefix + "-" + regency.replace(".", "");
        users.ensure(new RegencyUsers.NewUser(id, firstName, "Simulasi", null, id, group, regency));
        return id;
    }

    /** The period: {@code days} days ending two days before today, so every simulated visit lies in the past. */
    LocalDate[] period(String regency, int days, LocalDate today) {
        LocalDate end = today.minusDays(2);
        LocalDate start = end.minusDays(days - 1L);
        List<Map<String, Object>> rows = jdbc.queryForList("select process_instance_id from enumeration_period"
                + " where regency_code = ?", regency);
        if (!rows.isEmpty() && rows.get(0).get("process_instance_id") != null) {
            throw new IllegalStateException("regency " + regency + " has had an enumeration period already: simulate"
                    + " on a scratch database");
        }
        if (rows.isEmpty()) {
            jdbc.update("insert into enumeration_period (regency_code, period_start, period_end) values (?, ?, ?)",
                    regency, Date.valueOf(start), Date.valueOf(end));
        } else {
            jdbc.update("update enumeration_period set period_start = ?, period_end = ? where regency_code = ?",
                    Date.valueOf(start), Date.valueOf(end), regency);
        }
        return new LocalDate[] {start, end};
    }

    List<String> districts(SimulationOptions o) {
        List<String> all = jdbc.queryForList("select distinct district_code from sls where regency_code = ?"
                + " order by district_code", String.class, o.regency());
        if (all.isEmpty()) {
            throw new IllegalArgumentException("regency " + o.regency() + " has no SLS: import its frame first");
        }
        if (o.districts().isEmpty()) {
            return all;
        }
        for (String d : o.districts()) {
            if (!all.contains(d)) {
                throw new IllegalArgumentException("district " + d + " has no SLS in regency " + o.regency());
            }
        }
        return o.districts().stream().sorted().toList();
    }

    /** PPL a district needs for its expected families (as the selection's quota counts them). */
    static int pplFor(int expectedFamilies) {
        return Math.max(1, (expectedFamilies + FAMILIES_PER_PPL - 1) / FAMILIES_PER_PPL);
    }

    static int pmlFor(int ppl) {
        return Math.max(1, (ppl + PPL_PER_PML - 1) / PPL_PER_PML);
    }

    /**
     * The district's SLS and its Koseka (BPS staff, never recruited); with {@code officers} also its PPL and PML as
     * recruitment would have deployed them (when the run does not simulate recruitment).
     */
    District deploy(String regency, String district, int familiesPerSls, boolean officers) {
        if (jdbc.queryForObject("select count(*) from family f join sls s on s.id = f.sls_id where s.district_code = ?",
                Integer.class, district) > 0) {
            throw new IllegalStateException("district " + district + " has families already: simulate on a scratch"
                    + " database");
        }
        List<Sls> sls = jdbc.query("select id, code, expected_families from sls where district_code = ? order by code",
                (rs, i) -> new Sls(rs.getLong(1), rs.getString(2),
                        familiesPerSls > 0 ? familiesPerSls : rs.getInt(3)), district);
        int expected = jdbc.queryForObject("select coalesce(sum(expected_families), 0) from sls where district_code = ?",
                Integer.class, district);
        int pplCount = pplFor(expected);
        int pmlCount = pmlFor(pplCount);
        List<String> ppl = new ArrayList<>();
        List<String> pml = new ArrayList<>();
        for (int i = 1; officers && i <= pplCount; i++) {
            ppl.add(officer(regency, district, "PPL", Groups.PPL, i));
        }
        for (int i = 1; officers && i <= pmlCount; i++) {
            pml.add(officer(regency, district, "PML", Groups.PML, i));
        }
        return new District(district, sls, ppl, pml, officer(regency, district, "KOSEKA", Groups.KOSEKA, 1));
    }

    private String officer(String regency, String district, String role, String group, int n) {
        String code = "SIM-" + role + "-" + district.replace(".", "") + "-" + String.format("%03d", n);
        String user = code.toLowerCase();
        users.ensure(new RegencyUsers.NewUser(user, role, code, user + "@simulasi.example", user, group, regency));
        jdbc.update("insert into officer (regency_code, officer_code, user_id, name, role, status, home_district_code,"
                + " email) values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?)", regency, code, user, role + " " + n, role,
                district, user + "@simulasi.example");
        return user;
    }

    /** The prelist (VK) of the districts: one family per line, head names unique in the run (they key behaviour). */
    static byte[] prelist(List<District> districts) {
        StringBuilder csv = new StringBuilder("sls_code,kk_number,head_name,address,building_no,member_count\n");
        long serial = 0;
        for (District d : districts) {
            String prefix = d.code().replace(".", "");
            for (Sls s : d.sls()) {
                for (int k = 0; k < s.families(); k++) {
                    serial++;
                    csv.append(s.code()).append(',').append(prefix).append(String.format("%010d", serial))
                            .append(",Kepala Keluarga ").append(serial).append(",Jl. Simulasi No. ").append(k + 1)
                            .append(',').append(k + 1).append(',').append(1 + serial % 5).append('\n');
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
