package id.regsosek.recruitment.selection;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.recruitment.campaign.CampaignSteps;
import id.regsosek.recruitment.candidate.CandidateImporter;
import id.regsosek.support.AppTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The published selection results (the live list and the campaign's frozen copy) show a candidate's
 * formula-like name as text; rank and score stay numbers.
 */
class SelectionResultsCsvTest extends AppTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CampaignSteps steps;

    private final String campaign = "32.16-F-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void formulaNamesComeOutAsTextInResultsAndPublishedResults() {
        String file = String.join(",", CandidateImporter.COLUMNS) + "\n"
                + campaign + "-1,3216011205900001,\"=HYPERLINK(\"\"http://x.example\"\",\"\"klik\"\")\",1990-05-12,L,SMA,"
                + "081234567890,f1@contoh.id,32.16.01,32.16.01.2001,tidak,PPL\n"
                + campaign + "-2,3216011205900002,-Budi+1,1990-05-12,L,SMA,081234567891,f2@contoh.id,32.16.01,"
                + "32.16.01.2001,tidak,PPL\n";
        HttpResponse<String> imported = http("rekrutmen").upload("/api/recruitment/campaigns/" + campaign
                + "/candidates", "file", "f.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        jdbc.update("update officer_candidate set outcome = 'RESERVE', selected_role = 'PPL', reserve_rank = 2,"
                + " combined_score = 81.25"
                + " where campaign_key = ? and registration_no = ?", campaign, campaign + "-1");

        String live = http("rekrutmen").get("/api/recruitment/campaigns/" + campaign + "/results.csv").body();
        assertThat(live).contains(campaign + "-1,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"klik\"\")\",RESERVE,PPL,2,"
                + "81.25,").contains(campaign + "-2,\"'-Budi+1\",");

        jdbc.update("insert into recruitment_campaign (campaign_key, regency_code, process_instance_id, state,"
                + " registration_opens, registration_closes, training_place, training_start, training_days) values"
                + " (?, '32.16', 'none', 'CLOSED', ?, ?, 'Aula', ?, 2)", campaign,
                Timestamp.valueOf(LocalDateTime.now().minusDays(2)), Timestamp.valueOf(LocalDateTime.now().minusDays(1)),
                java.sql.Date.valueOf(LocalDateTime.now().toLocalDate()));
        steps.publish("32.16", campaign);
        String published = http("rekrutmen").get("/api/recruitment/campaigns/" + campaign
                + "/published-results.csv").body();
        assertThat(published).isEqualTo(live);
    }
}
