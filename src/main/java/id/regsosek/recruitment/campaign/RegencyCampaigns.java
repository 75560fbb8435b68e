package id.regsosek.recruitment.campaign;

import id.regsosek.recruitment.Campaigns;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A regency's campaigns as people pick them: every campaign process (recruitment_campaign) and every campaign key
 * candidates were imported under without one. Newest first: campaign processes by their registration opening,
 * then keys without a process by key, descending.
 */
@Service
public class RegencyCampaigns {

    /** @param state the campaign process's state, null for a key with candidates only */
    public record CampaignRef(String key, String state, LocalDateTime opens, int candidates) {

        /** The state in the words staff read. */
        public String stateText() {
            return state == null ? "tanpa proses kegiatan" : switch (state) {
                case Campaigns.PLANNED -> "direncanakan";
                case Campaigns.OPEN -> "pendaftaran dibuka";
                case Campaigns.CLOSED -> "seleksi berjalan";
                case Campaigns.PUBLISHED -> "hasil diumumkan";
                case Campaigns.TRAINING_PLANNED -> "pelatihan dijadwalkan";
                case Campaigns.HANDED_OVER -> "petugas diserahkan";
                default -> state;
            };
        }

        public String label() {
            return key + " (" + stateText() + ", " + candidates + " pendaftar)";
        }
    }

    private final JdbcTemplate jdbc;

    public RegencyCampaigns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CampaignRef> of(String regency) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query("select campaign_key, count(*) from officer_candidate where regency_code = ? group by campaign_key",
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, regency);
        List<CampaignRef> out = new ArrayList<>(jdbc.query("select campaign_key, state, registration_opens from"
                + " recruitment_campaign where regency_code = ? order by registration_opens desc, campaign_key desc",
                (rs, i) -> new CampaignRef(rs.getString(1), rs.getString(2), local(rs.getTimestamp(3)),
                        counts.getOrDefault(rs.getString(1), 0)), regency));
        out.forEach(c -> counts.remove(c.key()));
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByKey(Comparator.reverseOrder()))
                .forEach(e -> out.add(new CampaignRef(e.getKey(), null, null, e.getValue())));
        return out;
    }

    /** Whether the key is one of the regency's campaigns (a process or candidates). */
    public boolean known(String regency, String key) {
        return of(regency).stream().anyMatch(c -> c.key().equals(key));
    }

    private static LocalDateTime local(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
