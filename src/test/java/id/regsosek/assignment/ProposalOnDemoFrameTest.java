package id.regsosek.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The proposal on the whole Kabupaten Bekasi demo frame (23 districts, ~4,200 SLS), each district with the PPL its
 * families need at the target (total / 250, rounded up) and one PML per 4 PPL: every SLS covered exactly once,
 * the balance measured and bounded, the whole regency in seconds.
 */
class ProposalOnDemoFrameTest extends AppTest {

    private static final Logger log = LoggerFactory.getLogger(ProposalOnDemoFrameTest.class);

    @Autowired
    ProposalService proposals;
    @Autowired
    AssignmentSettings settings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everySlsOfTheRegencyIsAssignedWithAMeasuredBalance() {
        // Test districts of other tests (32.16.6x and up) share the database; the real frame is 32.16.01-23.
        List<String> districts = jdbc.queryForList("select code from district where regency_code = '32.16'"
                + " and code < '32.16.60' and code in (select district_code from sls) order by code", String.class);
        assertThat(districts).hasSize(23);
        List<Integer> pplLoads = new ArrayList<>();
        List<Integer> pmlLoads = new ArrayList<>();
        int slsCount = 0;
        long officerId = 1;
        long started = System.nanoTime();
        for (String district : districts) {
            List<ProposalAlgorithm.Unit> units = proposals.units(district);
            int total = units.stream().mapToInt(ProposalAlgorithm.Unit::expected).sum();
            int ppl = (int) Math.ceil((double) total / settings.target());
            int pml = (ppl + 3) / 4;
            List<Long> pplIds = LongStream.range(officerId, officerId + ppl).boxed().toList();
            officerId += ppl;
            List<Long> pmlIds = LongStream.range(officerId, officerId + pml).boxed().toList();
            officerId += pml;
            ProposalAlgorithm.Result r = ProposalAlgorithm.propose(units, pplIds, pmlIds, settings.proposal());
            assertThat(r.pplOfSls()).hasSize(units.size());
            assertThat(r.overloaded()).as(district).isFalse();
            Map<Long, Integer> perPpl = new HashMap<>();
            Map<Long, Integer> perPml = new HashMap<>();
            for (ProposalAlgorithm.Unit u : units) {
                long p = r.pplOfSls().get(u.slsId());
                perPpl.merge(p, u.expected(), Integer::sum);
                perPml.merge(r.pmlOfPpl().get(p), u.expected(), Integer::sum);
            }
            pplLoads.addAll(perPpl.values());
            pmlLoads.addAll(perPml.values());
            slsCount += units.size();
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        Balance ppl = Balance.of(pplLoads);
        Balance pml = Balance.of(pmlLoads);
        long within = pplLoads.stream().filter(l -> Math.abs(l - settings.target()) * 100
                <= settings.tolerancePercent() * settings.target()).count();
        log.info(String.format(Locale.ROOT, "demo frame: %d SLS of %d districts in %d ms; PPL %s; %d of %d PPL"
                + " (%.1f%%) within +-%d%% of target; PML %s", slsCount, districts.size(), ms, ppl, within,
                pplLoads.size(), 100.0 * within / pplLoads.size(), settings.tolerancePercent(), pml));
        assertThat(slsCount).isGreaterThan(4100);
        assertThat(ms).isLessThan(10_000);
        assertThat(ppl.max()).isLessThanOrEqualTo(480 + 2 * 60);
        assertThat(ppl.min()).isGreaterThan(0);
    }
}
