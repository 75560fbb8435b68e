package id.regsosek.bench;

import id.regsosek.recruitment.RecruitmentProcess;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Selected candidates of a made-up campaign, spread over the regency's districts, one PML per five: what the
 * deployment benchmark (and its test) turns into officers. No person's data: NIKs are a running number.
 */
@BenchmarkComponent
public class SyntheticTrainees {

    private final JdbcTemplate jdbc;

    public SyntheticTrainees(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts n selected candidates; returns their registration numbers. */
    public List<String> add(String regency, String campaign, int n) {
        List<String> districts = jdbc.queryForList("select code from district where regency_code = ? order by code",
                String.class, regency);
        if (districts.isEmpty()) {
            throw new IllegalArgumentException("regency " + regency + " has no districts: import its frame first");
        }
        List<String> regs = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String reg = campaign + "-" + i;
            regs.add(reg);
            rows.add(new Object[] {regency, campaign, reg, String.format("9%015d", i), "Petugas Uji " + i,
                    Date.valueOf(LocalDate.of(1990, 1, 1)), "SMA", reg.toLowerCase() + "@contoh.id",
                    districts.get(i % districts.size()), i % 5 == 0 ? "PML" : "PPL"});
        }
        jdbc.batchUpdate("insert into officer_candidate (regency_code, campaign_key, registration_no, nik, name,"
                + " birth_date, sex, education, email, district_code, has_experience, role_applied, status,"
                + " selected_role) values (?, ?, ?, ?, ?, ?, 'L', ?, ?, ?, false, 'PPL', '"
                + RecruitmentProcess.SELECTED + "', ?)", rows);
        return regs;
    }
}
