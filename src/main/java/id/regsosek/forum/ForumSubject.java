package id.regsosek.forum;

import id.regsosek.common.InstanceSubject;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The campaign and village a village-forum instance is about: its business key, in the instance's regency. */
public final class ForumSubject {

    /** @param campaign e.g. 32.16-2022; @param village e.g. 32.16.01.2001 */
    public record Forum(String campaign, String village, String regency) {
    }

    private ForumSubject() {
    }

    public static String key(String campaign, String village) {
        return campaign + "/" + village;
    }

    public static Forum of(VariableScope scope) {
        String key = InstanceSubject.ownedKey(scope);
        String regency = InstanceSubject.tenant(scope);
        int slash = key.indexOf('/');
        if (slash < 0) {
            throw new IllegalStateException("village-forum business key " + key + " is not campaign/village");
        }
        String village = InstanceSubject.requireOwned(key.substring(slash + 1), regency);
        return new Forum(key.substring(0, slash), village, regency);
    }
}
