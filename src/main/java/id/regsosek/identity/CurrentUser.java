package id.regsosek.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, and the checks every endpoint of ours makes before touching data. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static RegsosekUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof RegsosekUser user)) {
            throw new AccessDeniedException("not logged in");
        }
        return user;
    }

    /** The caller's regency; a user bound to no regency may not touch regency data. */
    public static String regency() {
        RegsosekUser user = get();
        if (user.regency() == null) {
            throw new AccessDeniedException("user " + user.userId() + " belongs to no regency");
        }
        return user.regency();
    }

    /** Refuses a code (district, village, SLS) of another regency, naming both. */
    public static String requireOwnRegency(String regencyOfData) {
        String own = regency();
        if (!own.equals(regencyOfData)) {
            throw new AccessDeniedException("regency " + regencyOfData + " is not yours (you work for " + own + ")");
        }
        return own;
    }

    public static RegsosekUser requireGroup(String... groups) {
        RegsosekUser user = get();
        for (String g : groups) {
            if (user.inGroup(g)) {
                return user;
            }
        }
        throw new AccessDeniedException("user " + user.userId() + " is not in group " + String.join(" or ", groups));
    }
}
