package id.regsosek.recruitment.campaign;

import id.regsosek.common.EngineClock;
import id.regsosek.recruitment.Campaigns;
import id.regsosek.recruitment.selection.SelectionExport;
import id.regsosek.recruitment.training.TrainingClasses;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the regency campaign does at each of its steps: check and record the admin's plan, open and close
 * registration, name the districts whose selection it waits for, publish the results, plan every district's
 * training classes. State goes to recruitment_campaign ({@link Campaigns}).
 */
@Service
public class CampaignSteps {

    private final JdbcTemplate jdbc;
    private final Campaigns campaigns;
    private final SelectionExport export;
    private final TrainingClasses classes;

    public CampaignSteps(JdbcTemplate jdbc, Campaigns campaigns, SelectionExport export, TrainingClasses classes) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.export = export;
        this.classes = classes;
    }

    /**
     * Checks the start form (key of this regency, dates, 2-3 days) and records the campaign as PLANNED. The
     * admin reads these refusals in Tasklist: Indonesian, naming the field.
     */
    public Campaigns.Plan plan(String regency, String campaign, String processInstanceId, String opens, String closes,
                               String place, String trainingStart, Number days) {
        if (campaign == null || !campaign.startsWith(regency + "-") || !campaign.matches("[A-Za-z0-9._-]{7,40}")) {
            throw new IllegalArgumentException("Kode kegiatan harus kode kabupaten/kota Anda, tanda hubung, lalu huruf,"
                    + " angka, '.', '_' atau '-' (mis. " + regency + "-2022, paling panjang 40 karakter).");
        }
        Campaigns.requireKey(regency, campaign);
        LocalDateTime open = opens == null || opens.isBlank() ? EngineClock.localNow().truncatedTo(ChronoUnit.SECONDS)
                : FormDates.dateTime(opens, "Pendaftaran dibuka");
        Campaigns.Plan plan = new Campaigns.Plan(open, FormDates.dateTime(closes, "Pendaftaran ditutup"), place,
                FormDates.date(trainingStart, "Tanggal mulai pelatihan"), days == null ? 0 : days.intValue());
        if (!plan.opens().isBefore(plan.closes())) {
            throw new IllegalArgumentException("Pendaftaran harus dibuka sebelum ditutup (dibuka "
                    + FormDates.shown(plan.opens()) + ", ditutup " + FormDates.shown(plan.closes()) + ").");
        }
        if (plan.days() < 2 || plan.days() > 3) {
            throw new IllegalArgumentException("Lama pelatihan 2 atau 3 hari.");
        }
        if (place == null || place.isBlank()) {
            throw new IllegalArgumentException("Tempat pelatihan wajib diisi.");
        }
        if (jdbc.queryForObject("select count(*) from district_selection where campaign_key = ?", Integer.class,
                campaign) > 0) {
            throw new IllegalArgumentException("Kegiatan " + campaign + " sudah punya seleksi kecamatan yang dimulai"
                    + " manual; proses kegiatan hanya dapat menjalankan kode kegiatan dari awal. Pilih kode lain.");
        }
        campaigns.plan(regency, campaign, processInstanceId, plan);
        return plan;
    }

    /** @return the districts with registered candidates: each gets its selection, the campaign waits for all */
    public List<String> districts(String regency, String campaign) {
        return jdbc.queryForList("select distinct district_code from officer_candidate where regency_code = ? and"
                + " campaign_key = ? order by district_code", String.class, regency, campaign);
    }

    /** Stores the published result list (the same CSV as results.csv, frozen now) and its counts. */
    public void publish(String regency, String campaign) {
        campaigns.set(campaign, "results_csv", export.csv(regency, campaign));
        for (String outcome : List.of("SELECTED", "RESERVE", "NOT_SELECTED")) {
            campaigns.set(campaign, outcome.toLowerCase() + "_count", jdbc.queryForObject("select count(*) from"
                    + " officer_candidate where campaign_key = ? and outcome = ?", Integer.class, campaign, outcome));
        }
        campaigns.moveTo(campaign, Campaigns.PUBLISHED, "results_published_at");
    }

    /** @return the number of classes planned over all districts of the campaign */
    public int planTraining(String regency, String campaign, String place, LocalDate start, int days) {
        int planned = 0;
        for (String district : districts(regency, campaign)) {
            planned += classes.plan(regency, campaign, district, place, start, days).size();
        }
        campaigns.set(campaign, "classes_planned", planned);
        campaigns.moveTo(campaign, Campaigns.TRAINING_PLANNED, "training_planned_at");
        return planned;
    }

    /**
     * Whether every district of the campaign has already handed its officers to area assignment (or there are
     * none). Asked after the campaign's row was updated: a district handing over at the same time waits for this
     * transaction and then finds the campaign waiting for its message.
     */
    public boolean everyDistrictHandedOver(String campaign) {
        return jdbc.queryForObject("select count(*) from district_selection where campaign_key = ? and"
                + " handed_over_at is null", Integer.class, campaign) == 0;
    }
}
