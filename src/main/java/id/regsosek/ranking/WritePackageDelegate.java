package id.regsosek.ranking;

import java.nio.file.Path;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes the handover package (CSV files and manifest with checksums) and remembers its folder. */
@Component("writeHandoverPackage")
public class WritePackageDelegate implements JavaDelegate {

    private final HandoverPackage handover;
    private final HandoverRuns runs;
    private final JdbcTemplate jdbc;

    public WritePackageDelegate(HandoverPackage handover, HandoverRuns runs, JdbcTemplate jdbc) {
        this.handover = handover;
        this.runs = runs;
        this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HandoverVariables v = HandoverVariables.of(execution);
        Path dir = handover.write(v.regency(), v.campaign());
        Integer families = jdbc.queryForObject("select count(*) from family where regency_code = ?", Integer.class,
                v.regency());
        runs.packaged(v.campaign(), dir.toString(), families == null ? 0 : families);
        execution.setVariable(RankingHandoverProcess.VAR_PACKAGE_DIR, dir.toString());
    }
}
