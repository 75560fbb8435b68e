package id.regsosek.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Times as staff read them on our pages: local time of the office (WIB), day first. */
@Component("localTimes")
public class LocalTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Jakarta"));

    public String of(Instant at) {
        return at == null ? "-" : FORMAT.format(at) + " WIB";
    }
}
