package id.regsosek.forum;

import id.regsosek.common.InstanceSubject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The ranking-handover's publication step: every village with ranked families gets its consultation forum. */
@Component("startVillageForums")
public class StartForumsDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(StartForumsDelegate.class);

    private final ForumStarter forums;

    public StartForumsDelegate(ForumStarter forums) {
        this.forums = forums;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = InstanceSubject.ownedKey(execution);
        int opened = forums.startForCampaign(InstanceSubject.tenant(execution), campaign);
        log.info("campaign {}: {} village consultation forums opened", campaign, opened);
    }
}
