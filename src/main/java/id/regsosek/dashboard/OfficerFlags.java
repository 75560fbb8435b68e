package id.regsosek.dashboard;

import id.regsosek.dashboard.DashboardViews.Officer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Patterns a supervisor should look at. Shares are judged only after enough attempts to mean something
 * (MIN_ATTEMPTS); the limits are set from what the operation treats as unusual, not as a verdict.
 */
@Component
class OfficerFlags {

    static final int MIN_ATTEMPTS = 10;
    static final double NO_RESPONDENT_SHARE = 0.30;
    static final double REFUSAL_SHARE = 0.10;
    static final int FAST_COMPLETIONS = 5;
    static final int RETURNED_FORMS = 5;

    Officer officer(ResultSet rs) throws SQLException {
        int attempts = rs.getInt(8);
        int noRespondent = rs.getInt(9);
        int refused = rs.getInt(10);
        int fast = rs.getInt(11);
        int overdue = rs.getInt(7);
        int returned = rs.getInt(12);
        List<String> flags = new ArrayList<>();
        if (overdue > 0) {
            flags.add("tugas lama menumpuk");
        }
        if (attempts >= MIN_ATTEMPTS && noRespondent > NO_RESPONDENT_SHARE * attempts) {
            flags.add("banyak tidak ada responden");
        }
        if (attempts >= MIN_ATTEMPTS && refused > REFUSAL_SHARE * attempts) {
            flags.add("banyak penolakan");
        }
        if (fast >= FAST_COMPLETIONS) {
            flags.add("selesai terlalu cepat");
        }
        if (returned >= RETURNED_FORMS) {
            flags.add("banyak formulir dikembalikan");
        }
        return new Officer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), overdue, attempts, noRespondent, refused, fast, returned, String.join(", ", flags));
    }
}
