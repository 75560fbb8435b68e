package id.regsosek.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * Why a send failed, in one Indonesian line for staff (dashboard, Kotak keluar), and a copy of the exception with
 * the recipient's address taken out of every message, for the log.
 *
 * @param reason     the line staff read
 * @param serverDown the server could not be reached or did not answer: no point trying the next mail this round
 * @param permanent  this mail can never be sent as it is (its address is malformed)
 */
public record MailFailure(String reason, boolean serverDown, boolean permanent) {

    private static final int MAX = 290;

    public static MailFailure of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DeadlineSockets.DeadlineExceeded) {
                return new MailFailure("server email terlalu lambat: pengiriman dihentikan pada batas waktunya", true,
                        false);
            } else if (t instanceof SocketTimeoutException) {
                return new MailFailure("server email tidak menjawab dalam batas waktu", true, false);
            } else if (t instanceof ConnectException) {
                return new MailFailure("server email tidak dapat dihubungi (koneksi ditolak)", true, false);
            } else if (t instanceof UnknownHostException) {
                return new MailFailure("nama server email tidak dikenal", true, false);
            } else if (t instanceof AuthenticationFailedException) {
                return new MailFailure("login ke server email ditolak", true, false);
            } else if (t instanceof AddressException) {
                return new MailFailure("alamat email penerima tidak sah", false, true);
            } else if (t instanceof SendFailedException) {
                return new MailFailure("server email menolak penerima: " + firstLine(t.getMessage()), false, false);
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new MailFailure("gagal mengirim: " + root.getClass().getSimpleName() + ": " + firstLine(
                root.getMessage()), true, false);
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return line.length() > MAX - 60 ? line.substring(0, MAX - 60) + "..." : line;
    }

    /** The reason with the address removed (a server's answer may quote it). */
    public String reasonWithout(String address) {
        String r = scrub(reason, address);
        return r.length() > MAX ? r.substring(0, MAX) : r;
    }

    /** The exception chain, messages scrubbed of the address, stack traces kept: what the log gets. */
    public static Throwable forLog(Throwable e, String address) {
        Throwable copy = new Scrubbed(e.getClass().getName() + ": " + scrub(e.getMessage(), address),
                e.getCause() == null || e.getCause() == e ? null : forLog(e.getCause(), address));
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    static String scrub(String text, String address) {
        if (text == null) {
            return "";
        }
        String out = address == null || address.isBlank() ? text : text.replace(address, MailAddresses.mask(address));
        // Also any other address a server quotes (e.g. a rejected list).
        return out.replaceAll("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", "<alamat>");
    }

    /** A log-safe stand-in for an exception of any type. */
    static final class Scrubbed extends RuntimeException {
        Scrubbed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
