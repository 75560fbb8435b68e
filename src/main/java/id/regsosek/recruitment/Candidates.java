package id.regsosek.recruitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The candidate rows the recruitment steps read and write (same transaction as the engine step). */
@Service
public class Candidates {

    /** What screening, forms and mails need of a candidate: never NIK or phone. */
    public record Candidate(long id, String registrationNo, String campaign, String regency, String name,
                            LocalDate birthDate, String sex, String education, String email, String district,
                            String districtName, String village, String villageDistrict, boolean experience,
                            String roleApplied, String documents, String status, Integer testScore,
                            Integer interviewScore, BigDecimal combinedScore, String selectedRole,
                            Integer reserveRank) {

        public int ageOn(LocalDate day) {
            return Period.between(birthDate, day).getYears();
        }

        public boolean livesInDistrict() {
            return district.equals(villageDistrict);
        }
    }

    private final JdbcTemplate jdbc;
    private final int testWeight;

    public Candidates(JdbcTemplate jdbc, @Value("${regsosek.recruitment.test-weight-percent:60}") int testWeight) {
        this.jdbc = jdbc;
        this.testWeight = testWeight;
    }

    public Candidate get(long id) {
        return jdbc.queryForObject("select c.*, d.name district_name, v.district_code village_district"
                + " from officer_candidate c join district d on d.code = c.district_code"
                + " left join village v on v.code = c.village_code where c.id = ?", (rs, i) -> new Candidate(
                rs.getLong("id"), rs.getString("registration_no"), rs.getString("campaign_key"),
                rs.getString("regency_code"), rs.getString("name"), rs.getDate("birth_date").toLocalDate(),
                rs.getString("sex"), rs.getString("education"), rs.getString("email"), rs.getString("district_code"),
                rs.getString("district_name"), rs.getString("village_code"), rs.getString("village_district"),
                rs.getBoolean("has_experience"), rs.getString("role_applied"), rs.getString("documents"),
                rs.getString("status"), (Integer) rs.getObject("test_score", Integer.class),
                (Integer) rs.getObject("interview_score", Integer.class), rs.getBigDecimal("combined_score"),
                rs.getString("selected_role"), (Integer) rs.getObject("reserve_rank", Integer.class)), id);
    }

    public void setStatus(long id, String status) {
        jdbc.update("update officer_candidate set status = ? where id = ?", status, id);
    }

    public void recordTestScore(long id, int score) {
        jdbc.update("update officer_candidate set test_score = ? where id = ?", score, id);
    }

    /** Stores both scores and the combined score selection ranks by (test weight configurable, default 60%). */
    public BigDecimal recordScores(long id, int test, int interview) {
        BigDecimal combined = BigDecimal.valueOf((long) test * testWeight + (long) interview * (100 - testWeight))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        jdbc.update("update officer_candidate set test_score = ?, interview_score = ?, combined_score = ?,"
                + " status = 'AWAITING_SELECTION' where id = ?", test, interview, combined, id);
        return combined;
    }

    public Map<String, Object> mailValues(long id) {
        Candidate c = get(id);
        return Map.of("name", c.name(), "registrationNo", c.registrationNo(), "districtName", c.districtName(),
                "districtCode", c.district(), "role", c.selectedRole() == null ? c.roleApplied() : c.selectedRole(),
                "reserveRank", c.reserveRank() == null ? "-" : c.reserveRank(), "campaign", c.campaign());
    }
}
