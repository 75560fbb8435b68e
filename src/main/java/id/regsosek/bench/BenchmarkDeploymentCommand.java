package id.regsosek.bench;

import id.regsosek.common.CliCommand;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.recruitment.deployment.OfficerBulkDeployment;
import id.regsosek.recruitment.deployment.OfficerDeployment;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code benchmark-deployment --scratch-database-ok [--officers=5000] [--one-by-one=500]}: deploys synthetic
 * selected candidates as officers with logins through {@link OfficerBulkDeployment}, and others one at a time the
 * way a per-candidate step would (officer row and RegencyUsers.ensure, a transaction each), in the same run on the
 * configured database. Prints officers/s of both and their ratio.
 */
@BenchmarkComponent
public class BenchmarkDeploymentCommand implements CliCommand {

    private final DemoFrame frame;
    private final SyntheticTrainees trainees;
    private final OfficerBulkDeployment bulk;
    private final RegencyUsers users;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public BenchmarkDeploymentCommand(DemoFrame frame, SyntheticTrainees trainees, OfficerBulkDeployment bulk,
                                      RegencyUsers users, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.frame = frame;
        this.trainees = trainees;
        this.bulk = bulk;
        this.users = users;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public String name() {
        return "benchmark-deployment";
    }

    @Override
    public String usage() {
        return "benchmark-deployment --scratch-database-ok [--officers=5000] [--one-by-one=500]";
    }

    @Override
    public int run(ApplicationArguments args) throws Exception {
        if (!args.containsOption("scratch-database-ok")) {
            throw new IllegalArgumentException("it writes candidates, officers and logins: run it on a scratch"
                    + " database and say so with --scratch-database-ok");
        }
        int n = Integer.parseInt(CliCommand.optional(args, "officers", "5000"));
        int single = Integer.parseInt(CliCommand.optional(args, "one-by-one", "500"));
        frame.ensure("benchmark");
        String run = "D" + System.currentTimeMillis() % 100000000L;
        List<String> many = trainees.add(DemoFrame.REGENCY, run + "B", n);
        List<String> few = trainees.add(DemoFrame.REGENCY, run + "S", single);

        long t0 = System.nanoTime();
        int created = bulk.deployAll(DemoFrame.REGENCY, run + "B", many);
        double bulkRate = created / ((System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        for (String reg : few) {
            tx.executeWithoutResult(s -> oneByOne(run + "S", reg));
        }
        double singleRate = few.size() / ((System.nanoTime() - t0) / 1e9);
        long logins = jdbc.queryForObject("select count(*) from officer where officer_code like ?", Long.class,
                run + "%");
        System.out.printf("deploy  : bulk %,d officers with logins in %.1f s (%.0f/s); one at a time %.0f/s;"
                        + " bulk/one-at-a-time %.1f%n", created, created / bulkRate, bulkRate, singleRate,
                bulkRate / singleRate);
        System.out.printf("check   : %,d officer rows for %,d candidates%n", logins, n + single);
        return created == n && logins == n + single ? 0 : 1;
    }

    /** What a deployment step did for one officer before the bulk path: its row, then its login, checked first. */
    private void oneByOne(String campaign, String reg) {
        var c = jdbc.queryForMap("select id, name, email, selected_role, district_code from officer_candidate"
                + " where campaign_key = ? and registration_no = ?", campaign, reg);
        String userId = OfficerDeployment.userId(reg);
        String role = (String) c.get("selected_role");
        jdbc.update("insert into officer (regency_code, officer_code, candidate_id, user_id, name, role, status,"
                + " home_district_code, email) values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)", DemoFrame.REGENCY, reg,
                c.get("id"), userId, c.get("name"), role, c.get("district_code"), c.get("email"));
        users.ensure(new RegencyUsers.NewUser(userId, "Petugas", "Uji", (String) c.get("email"), "x" + reg,
                "PML".equals(role) ? Groups.PML : Groups.PPL, DemoFrame.REGENCY));
    }
}
