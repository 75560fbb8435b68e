package id.regsosek.ranking;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** How many SLS of the regency are not accepted yet, and which (the first 50 are listed for the admin). */
@Component("countAcceptedSls")
public class CountAcceptedDelegate implements JavaDelegate {

    private final HandoverRuns runs;

    public CountAcceptedDelegate(HandoverRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HandoverVariables v = HandoverVariables.of(execution);
        if (execution.getProcessBusinessKey() == null) {
            // Started from Tasklist: the start form named the campaign; it becomes the instance's subject here.
            Object named = execution.getVariable(RankingHandoverProcess.VAR_CAMPAIGN);
            String campaign = named == null ? "" : named.toString().trim();
            if (!campaign.startsWith(v.regency() + "-") || !campaign.matches("\\d{2}\\.\\d{2}-[0-9A-Za-z]{1,20}")) {
                throw new IllegalArgumentException("kode kegiatan harus milik kabupaten/kota Anda, mis. "
                        + v.regency() + "-2022 (diisi: " + (campaign.length() > 40 ? campaign.substring(0, 40)
                        : campaign) + ")");
            }
            if (execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey(RankingHandoverProcess.KEY).processInstanceBusinessKey(campaign)
                    .count() > 0) {
                throw new IllegalArgumentException("penyerahan " + campaign + " sudah berjalan");
            }
            execution.setProcessBusinessKey(campaign);
        }
        List<String> missing = runs.notAccepted(v.regency());
        runs.started(v.campaign(), v.regency(), missing.size());
        String list = String.join(", ", missing.subList(0, Math.min(50, missing.size())))
                + (missing.size() > 50 ? " ... dan " + (missing.size() - 50) + " lainnya" : "");
        execution.setVariable(RankingHandoverProcess.VAR_MISSING_SLS, missing.size());
        execution.setVariable(RankingHandoverProcess.VAR_MISSING_LIST, missing.isEmpty() ? "-" : list);
    }
}
