package id.regsosek.assignment;

import id.regsosek.common.InstanceSubject;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The district an area assignment is about. Started by the system (our API, the deployment message) it is the
 * business key the system set; started from Tasklist (where a person cannot send a business key) it is the start
 * form's choice, checked here for its shape and later against the regency and the running work.
 */
final class DistrictChoice {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");

    private DistrictChoice() {
    }

    static String of(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        if (key != null && !key.isBlank()) {
            return key;
        }
        Object chosen = execution.getVariable(AreaAssignmentProcess.DISTRICT_CODE);
        String district = chosen == null ? "" : chosen.toString().trim();
        if (district.isEmpty()) {
            throw new IllegalArgumentException("Pilih kecamatan yang penugasan wilayahnya dimulai.");
        }
        if (!CODE.matcher(district).matches()) {
            throw new IllegalArgumentException("Kode kecamatan '" + shown(district) + "' tidak dikenal: pilih"
                    + " kecamatan dari daftar (kode seperti " + InstanceSubject.tenant(execution) + ".01).");
        }
        return district;
    }

    /** A person's value as it may appear in a message: short, no control characters. */
    static String shown(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 20 ? clean.substring(0, 20) + "..." : clean;
    }
}
