package id.regsosek.dashboard;

import id.regsosek.dashboard.DashboardViews.Officer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Patterns a supervisor should look at. Shares are judged only after enough attempts to mean something
 * (min-attempts); the limits are what the operation treats as unusual, not a verdict, and an office may set its
 * own under {@code regsosek.dashboard.flags.*}.
 */
@Component
class OfficerFlags {

    private final int minAttempts;
    private final double noRespondentShare;
    private final double refusalShare;
    private final int fastCompletions;
    private final int returnedForms;

    OfficerFlags(@Value("${regsosek.dashboard.flags.min-attempts:10}") int minAttempts,
                 @Value("${regsosek.dashboard.flags.no-respondent-share:0.30}") double noRespondentShare,
                 @Value("${regsosek.dashboard.flags.refusal-share:0.10}") double refusalShare,
                 @Value("${regsosek.dashboard.flags.fast-completions:5}") int fastCompletions,
                 @Value("${regsosek.dashboard.flags.returned-forms:5}") int returnedForms) {
        this.minAttempts = minAttempts;
        this.noRespondentShare = noRespondentShare;
        this.refusalShare = refusalShare;
        this.fastCompletions = fastCompletions;
        this.returnedForms = returnedForms;
    }

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
        if (attempts >= minAttempts && noRespondent > noRespondentShare * attempts) {
            flags.add("banyak tidak ada responden");
        }
        if (attempts >= minAttempts && refused > refusalShare * attempts) {
            flags.add("banyak penolakan");
        }
        if (fast >= fastCompletions) {
            flags.add("selesai terlalu cepat");
        }
        if (returned >= returnedForms) {
            flags.add("banyak formulir dikembalikan");
        }
        return new Officer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), overdue, attempts, noRespondent, refused, fast, returned, String.join(", ", flags));
    }
}
