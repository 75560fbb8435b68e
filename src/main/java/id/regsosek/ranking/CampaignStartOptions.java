package id.regsosek.ranking;

import id.regsosek.recruitment.campaign.RegencyCampaigns;
import id.regsosek.startform.StartFormOption;
import id.regsosek.startform.StartFormOptionSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** The campaigns the handover start form offers: the admin's regency's (its first step checks the choice). */
@Component
public class CampaignStartOptions implements StartFormOptionSource {

    /** The form-js valuesKey of forms/ranking-start-handover.form. */
    public static final String VALUES_KEY = "kegiatanPilihan";

    private final RegencyCampaigns campaigns;

    public CampaignStartOptions(RegencyCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public String valuesKey() {
        return VALUES_KEY;
    }

    @Override
    public List<StartFormOption> options(String regency) {
        return campaigns.of(regency).stream().map(c -> new StartFormOption(c.label(), c.key())).toList();
    }
}
