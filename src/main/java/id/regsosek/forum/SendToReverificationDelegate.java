package id.regsosek.forum;

import id.regsosek.ranking.ConsultationCorrections;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The forum's corrections (as its listener checked and kept them) go back to the field: each family gets a
 * re-verification visit and its SLS goes through checks and sign-off again, as with the office's CSV upload.
 */
@Component("sendForumCorrections")
public class SendToReverificationDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendToReverificationDelegate.class);

    private final ForumRows rows;
    private final ConsultationCorrections corrections;

    public SendToReverificationDelegate(ForumRows rows, ConsultationCorrections corrections) {
        this.rows = rows;
        this.corrections = corrections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ForumSubject.Forum forum = ForumSubject.of(execution);
        var named = rows.corrections(forum);
        corrections.reverify(forum.regency(), named);
        log.info("forum of village {} ({}): {} families sent to re-verification", forum.village(), forum.campaign(),
                named.size());
    }
}
