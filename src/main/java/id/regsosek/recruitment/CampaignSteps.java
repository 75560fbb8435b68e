package id.regsosek.recruitment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the regency campaign does at each of its steps: check the admin's plan, start every district's selection
 * when registration closes, plan every district's training classes once the lists are confirmed.
 */
@Service
public class CampaignSteps {

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final SelectionStarter selections;
    private final TrainingClasses classes;

    public CampaignSteps(JdbcTemplate jdbc, RuntimeService runtime, SelectionStarter selections,
                         TrainingClasses classes) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.selections = selections;
        this.classes = classes;
    }

    /** A campaign key (usually REGENCY-YEAR) names no other regency; the dates must parse. */
    public void check(String regency, String campaign, String closes, String trainingStart, Number days) {
        if (campaign == null || !campaign.matches("[A-Za-z0-9._-]{1,40}")) {
            throw new IllegalArgumentException("campaign key (like " + regency + "-2022) must be 1-40 letters, digits,"
                    + " '.', '_' or '-', got '" + campaign + "'");
        }
        if (campaign.matches("\\d{2}\\.\\d{2}-.*") && !campaign.startsWith(regency + "-")) {
            throw new IllegalArgumentException("campaign key " + campaign + " belongs to another regency than "
                    + regency);
        }
        try {
            LocalDateTime.parse(closes);
            LocalDate.parse(trainingStart);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("registration close (yyyy-MM-ddTHH:mm) and training start"
                    + " (yyyy-MM-dd) are required");
        }
        if (days == null || days.intValue() < 2 || days.intValue() > 3) {
            throw new IllegalArgumentException("training lasts 2 or 3 days");
        }
    }

    /** @return the districts whose selection was started (those with registered candidates, not yet started) */
    public List<String> startSelections(String regency, String campaign) {
        List<String> started = new ArrayList<>();
        for (String district : jdbc.queryForList("select distinct district_code from officer_candidate where"
                + " regency_code = ? and campaign_key = ? order by district_code", String.class, regency, campaign)) {
            if (runtime.createProcessInstanceQuery().processDefinitionKey(SelectionProcess.KEY)
                    .processInstanceBusinessKey(SelectionProcess.businessKey(campaign, district)).count() == 0) {
                selections.start(regency, campaign, district);
                started.add(district);
            }
        }
        return started;
    }

    /** @return the number of classes planned over all districts of the campaign */
    public int planTraining(String regency, String campaign, String place, LocalDate start, int days) {
        int planned = 0;
        for (String district : jdbc.queryForList("select distinct district_code from officer_candidate where"
                + " regency_code = ? and campaign_key = ? order by district_code", String.class, regency, campaign)) {
            planned += classes.plan(regency, campaign, district, place, start, days).size();
        }
        return planned;
    }
}
