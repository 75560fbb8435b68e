package id.regsosek.signoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Builds an SLS's summary and its flags: refusals or no-respondent results above a configurable share, coverage
 * under the configured share of the expected families, forms returned to the PPL more than a configured number of
 * times (a sign of an officer who needs coaching, or of a form keyed carelessly).
 */
@Service
public class AreaSummaries {

    private final SignoffRepository repository;
    private final double maxNonResponseShare;
    private final double minCoverage;
    private final int maxReturns;

    public AreaSummaries(SignoffRepository repository,
                         @Value("${regsosek.signoff.max-nonresponse-share:0.10}") double maxNonResponseShare,
                         @Value("${regsosek.signoff.min-coverage:0.90}") double minCoverage,
                         @Value("${regsosek.signoff.max-returns:2}") int maxReturns) {
        this.repository = repository;
        this.maxNonResponseShare = maxNonResponseShare;
        this.minCoverage = minCoverage;
        this.maxReturns = maxReturns;
    }

    public AreaSummary summarise(long slsId) {
        Map<String, Object> sls = repository.sls(slsId);
        Map<Integer, Integer> byCode = new TreeMap<>();
        int[] counts = repository.counts(slsId, byCode);
        int expected = ((Number) get(sls, "expected_families")).intValue();
        double coverage = expected == 0 ? 1 : (double) counts[0] / expected;
        List<String> flags = new ArrayList<>();
        int refused = byCode.getOrDefault(4, 0);
        int noRespondent = byCode.getOrDefault(3, 0);
        if (counts[1] > 0 && refused > maxNonResponseShare * counts[1]) {
            flags.add("penolakan " + refused + " dari " + counts[1] + " keluarga");
        }
        if (counts[1] > 0 && noRespondent > maxNonResponseShare * counts[1]) {
            flags.add("tidak ada responden " + noRespondent + " dari " + counts[1] + " keluarga");
        }
        if (coverage < minCoverage) {
            flags.add("cakupan " + Math.round(coverage * 100) + "% di bawah " + Math.round(minCoverage * 100)
                    + "% target");
        }
        int oftenReturned = repository.returnedMoreThan(slsId, maxReturns);
        if (oftenReturned > 0) {
            flags.add(oftenReturned + " formulir dikembalikan lebih dari " + maxReturns + " kali");
        }
        return new AreaSummary((String) get(sls, "code"), expected, counts[0], counts[1], byCode, coverage, flags);
    }

    static Object get(Map<String, Object> row, String key) {
        return row.containsKey(key) ? row.get(key) : row.get(key.toUpperCase());
    }
}
