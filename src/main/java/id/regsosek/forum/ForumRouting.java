package id.regsosek.forum;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who holds a village's forum: the official bound to that village (its own list only: no group of officials, so
 * no official sees another village's forum). The regency admins are the task's candidate group besides, to key a
 * forum's result on the village's behalf (a village without an official on record).
 */
@Component("forumRouting")
public class ForumRouting {

    private final ForumRows rows;

    public ForumRouting(ForumRows rows) {
        this.rows = rows;
    }

    public String official(DelegateExecution execution) {
        return rows.official(ForumSubject.of(execution).village());
    }
}
