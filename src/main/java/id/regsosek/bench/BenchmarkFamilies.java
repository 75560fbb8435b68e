package id.regsosek.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Synthetic families for the dashboard benchmark, spread over the regency's SLS in proportion to their expected
 * counts, about 85% final. Marked by their head's name so a rerun replaces them; batches of 5,000 per transaction.
 */
@BenchmarkComponent
class BenchmarkFamilies {

    static final String MARK = "BENCHMARK";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    BenchmarkFamilies(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    long load(String regency, int n) {
        long start = System.currentTimeMillis();
        jdbc.update("delete from family where regency_code = ? and head_name = ?", regency, MARK);
        List<long[]> sls = jdbc.query("select id, expected_families from sls where regency_code = ? order by id",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, regency);
        if (sls.isEmpty()) {
            throw new IllegalArgumentException("regency " + regency + " has no SLS: import its frame first");
        }
        long expected = sls.stream().mapToLong(s -> s[1]).sum();
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> batch = new ArrayList<>();
        int made = 0;
        for (int i = 0; i < sls.size() && made < n; i++) {
            long share = i == sls.size() - 1 ? n - made : Math.round((double) sls.get(i)[1] / expected * n);
            for (long k = 0; k < share && made < n; k++, made++) {
                boolean fin = random.nextInt(100) < 85;
                batch.add(new Object[] {regency, sls.get(i)[0], MARK, fin ? 1 : null, fin ? now : null});
                if (batch.size() == 5000) {
                    flush(batch);
                }
            }
        }
        flush(batch);
        return System.currentTimeMillis() - start;
    }

    private void flush(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(batch);
        batch.clear();
        tx.executeWithoutResult(s -> jdbc.batchUpdate("insert into family (regency_code, sls_id, head_name, origin,"
                + " result_code, final_at) values (?, ?, ?, 'NEW', ?, ?)", rows));
    }
}
