package id.regsosek.signoff;

import java.util.List;
import java.util.Map;

/** What the supervisors see before signing an SLS off: results by code, coverage, and what looks wrong. */
public record AreaSummary(String slsCode, int expected, int families, int finalFamilies,
                          Map<Integer, Integer> byResultCode, double coverage, List<String> flags) {

    /** The text shown read-only on the approval forms, in Indonesian. */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append("SLS ").append(slsCode).append('\n');
        s.append("Keluarga: ").append(families).append(" (final ").append(finalFamilies).append("), target ")
                .append(expected).append(", cakupan ").append(Math.round(coverage * 1000) / 10.0).append("%\n");
        s.append("Hasil (kode 205): ");
        for (int code = 1; code <= 5; code++) {
            s.append(code).append("=").append(byResultCode.getOrDefault(code, 0)).append(code < 5 ? ", " : "\n");
        }
        s.append(flags.isEmpty() ? "Tanda: tidak ada" : "Tanda: " + String.join("; ", flags));
        return s.toString();
    }
}
