package id.regsosek.access;

import id.regsosek.identity.Groups;
import id.regsosek.mail.Mailer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The arrangement's deadline passed: the SLS is flagged overdue (the dashboard shows it so) and every regency
 * admin is mailed (through the outbox, in this step's transaction), while their task stays open: the families are
 * still to be visited once the letter gets the officers in.
 */
@Component("markSlsAccessOverdue")
public class MarkOverdueDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(MarkOverdueDelegate.class);

    static final String MAIL_TEMPLATE = "access-overdue";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Jakarta"));

    private final AccessRows rows;
    private final AccessSubject subject;
    private final Mailer mailer;
    private final IdentityService identity;

    public MarkOverdueDelegate(AccessRows rows, AccessSubject subject, Mailer mailer, IdentityService identity) {
        this.rows = rows;
        this.subject = subject;
        this.mailer = mailer;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessSubject.Sls sls = subject.of(execution);
        rows.overdue(sls.id());
        log.warn("access to SLS {} still not arranged after its deadline", sls.code());
        Object deadline = execution.getVariable(SlsAccessProcess.VAR_DEADLINE);
        Map<String, Object> values = Map.of("slsCode", sls.code(), "slsInfo",
                String.valueOf(execution.getVariable(SlsAccessProcess.VAR_SLS_INFO)), "deadline",
                deadline instanceof Date d ? SHOWN.format(d.toInstant()) : "-");
        for (User admin : identity.createUserQuery().memberOfGroup(Groups.REGENCY_ADMIN).memberOfTenant(sls.regency())
                .listPage(0, 200)) {
            if (admin.getEmail() != null && !admin.getEmail().isBlank()) {
                mailer.send(sls.regency(), MAIL_TEMPLATE, admin.getEmail(), values, "SLS " + sls.code());
            }
        }
    }
}
