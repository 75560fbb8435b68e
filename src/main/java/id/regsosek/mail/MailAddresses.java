package id.regsosek.mail;

/** Mail addresses are personal data: shown in full to the regency admin only, masked to everyone else. */
public final class MailAddresses {

    private MailAddresses() {
    }

    /** {@code budi.santoso@contoh.id} becomes {@code b***@c***.id}; null stays null. */
    public static String mask(String address) {
        if (address == null) {
            return null;
        }
        int at = address.indexOf('@');
        if (at < 1) {
            return "***";
        }
        String domain = address.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String host = dot > 0 ? domain.substring(0, dot) : domain;
        String tld = dot > 0 ? domain.substring(dot) : "";
        return address.charAt(0) + "***@" + (host.isEmpty() ? "" : host.charAt(0) + "***") + tld;
    }
}
