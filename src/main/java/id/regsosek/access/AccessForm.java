package id.regsosek.access;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads and checks what a person sent on an access form. Refusals are Indonesian and name the field: the
 * listener's exception becomes a 400 with this message in Tasklist and over REST.
 */
final class AccessForm {

    private final VariableScope scope;

    AccessForm(VariableScope scope) {
        this.scope = scope;
    }

    String text(String name) {
        Object v = scope.getVariable(name);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }

    String decision(boolean mayDelegate) {
        String d = text(SlsAccessProcess.VAR_DECISION);
        boolean known = SlsAccessProcess.GRANTED.equals(d) || SlsAccessProcess.REFUSED.equals(d)
                || mayDelegate && SlsAccessProcess.TO_PML.equals(d);
        if (!known) {
            throw new IllegalArgumentException("Keputusan izin akses harus dipilih (" + SlsAccessProcess.GRANTED
                    + ", " + SlsAccessProcess.REFUSED + (mayDelegate ? ", " + SlsAccessProcess.TO_PML : "") + ")");
        }
        return d;
    }

    /** The regency office's outcome; absent is "obtained" (the form before the outcome existed sent none). */
    String arrangeOutcome() {
        String o = text(SlsAccessProcess.VAR_ARRANGE_OUTCOME);
        if (o == null || SlsAccessProcess.ARRANGED.equals(o)) {
            return SlsAccessProcess.ARRANGED;
        }
        if (!SlsAccessProcess.ARRANGE_FAILED.equals(o)) {
            throw new IllegalArgumentException("Hasil pengurusan izin harus " + SlsAccessProcess.ARRANGED + " atau "
                    + SlsAccessProcess.ARRANGE_FAILED);
        }
        return o;
    }

    String arrangeFailureReason() {
        String reason = text(SlsAccessProcess.VAR_ARRANGE_FAILURE_REASON);
        if (reason == null) {
            throw new IllegalArgumentException("Alasan izin tidak berhasil diurus wajib diisi");
        }
        if (reason.length() > 500) {
            throw new IllegalArgumentException("Alasan izin tidak berhasil diurus paling banyak 500 karakter");
        }
        return reason;
    }

    String refusalReason() {
        String reason = text(SlsAccessProcess.VAR_REFUSAL_REASON);
        if (reason == null) {
            throw new IllegalArgumentException("Alasan penolakan pengelola gedung wajib diisi");
        }
        return reason;
    }

    /** A permission: who granted it, the allowed hours (from before to, same day) and a contact person. */
    AccessRows.Grant grant(boolean letterRequired) {
        String by = required(SlsAccessProcess.VAR_GRANTED_BY, "Pemberi izin");
        String letter = letterRequired ? required(SlsAccessProcess.VAR_LETTER_NO, "Nomor surat kantor bupati")
                : text(SlsAccessProcess.VAR_LETTER_NO);
        LocalTime from = hour(SlsAccessProcess.VAR_HOURS_FROM, "Jam mulai kunjungan");
        LocalTime to = hour(SlsAccessProcess.VAR_HOURS_TO, "Jam selesai kunjungan");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("Jam kunjungan: jam mulai " + from + " harus sebelum jam selesai " + to);
        }
        String contact = required(SlsAccessProcess.VAR_CONTACT_NAME, "Narahubung");
        String phone = text(SlsAccessProcess.VAR_CONTACT_PHONE);
        if (phone != null && !phone.matches("\\+?[0-9][0-9 -]{5,19}")) {
            throw new IllegalArgumentException("Telepon narahubung hanya angka, spasi atau tanda hubung (6-20)");
        }
        return new AccessRows.Grant(by, letter, from.toString(), to.toString(), contact, phone);
    }

    private String required(String name, String label) {
        String v = text(name);
        if (v == null) {
            throw new IllegalArgumentException(label + " wajib diisi");
        }
        return v;
    }

    private LocalTime hour(String name, String label) {
        String v = required(name, label);
        try {
            if (!v.matches("\\d{2}:\\d{2}")) {
                throw new DateTimeParseException("shape", v, 0);
            }
            return LocalTime.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(label + " harus berbentuk JJ:MM (misalnya 08:00), bukan '" + v + "'");
        }
    }
}
