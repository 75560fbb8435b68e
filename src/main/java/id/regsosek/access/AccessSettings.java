package id.regsosek.access;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long the regency office has to arrange a refused building's access through the regent's office. */
@Component
public class AccessSettings {

    private final Duration arrangeDeadline;

    public AccessSettings(@Value("${regsosek.access.arrange-deadline:P7D}") Duration arrangeDeadline) {
        this.arrangeDeadline = arrangeDeadline;
    }

    public Duration arrangeDeadline() {
        return arrangeDeadline;
    }
}
