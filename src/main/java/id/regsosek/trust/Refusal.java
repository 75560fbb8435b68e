package id.regsosek.trust;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Why the guard refuses a person's command, in one line (Indonesian: staff read it in Tasklist). Forbidden
 * answers 403 through the engine's REST API; invalid input 400 where the API lets a form error through
 * (completing a task, submitting a form), else 403 too: never 500.
 */
record Refusal(boolean forbidden, String message) {

    /** The same words whether the item does not exist or belongs to someone else, so neither can be probed. */
    static final Refusal NOT_FOUND_OR_NOT_YOURS = forbid("Data yang diminta tidak ada atau bukan wewenang Anda.");
    static final Refusal NOT_ALLOWED = forbid("Tindakan ini hanya untuk sistem atau administrator sistem.");
    static final Refusal OTHER_OFFICER = forbid("Tugas ini ditugaskan kepada petugas lain.");
    static final Refusal CLAIM_FOR_OTHERS = forbid("Anda hanya dapat mengklaim tugas untuk diri sendiri.");
    static final Refusal NOT_STARTABLE = forbid("Proses ini dimulai oleh sistem, tidak dari daftar tugas.");
    static final Refusal START_INSTRUCTIONS = forbid("Proses hanya dapat dimulai dari awal, dengan formulir mulainya.");
    static final Refusal BUSINESS_KEY = forbid("Kunci bisnis ditentukan oleh sistem; kosongkan isian itu.");
    static final Refusal OTHER_USER = forbid("Anda hanya dapat mengubah akun Anda sendiri.");
    static final Refusal PLAN_OWN_TASK = forbid("Tanggal tindak lanjut hanya diatur oleh petugas yang memegang"
            + " tugas; klaim dulu.");
    static final Refusal PLAN_DATES_ONLY = forbid("Dari daftar tugas hanya tanggal tindak lanjut dan tenggat yang"
            + " dapat diubah.");
    static final Refusal WIDE_RETRY = forbid("Ulangi satu job saja; job massal hanya untuk administrator sistem.");

    static Refusal forbid(String message) {
        return new Refusal(true, message);
    }

    static Refusal invalid(String problems) {
        return new Refusal(false, "Isian ditolak: " + problems);
    }

    /** What the engine throws for it; a start over {@code /start} turns any other error into a 500, hence 403. */
    ProcessEngineException exception(EngineCommand.Kind kind) {
        if (forbidden || kind == EngineCommand.Kind.START) {
            return new AuthorizationException(message);
        }
        return new FormFieldValidationException(null, message);
    }

    /** The engine's own tenant check ("... because it belongs to no authenticated tenant"). */
    static boolean isTenantRefusal(ProcessEngineException e) {
        return e.getMessage() != null && e.getMessage().contains("belongs to no authenticated tenant");
    }
}
