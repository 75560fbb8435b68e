package id.regsosek.recruitment;

import id.regsosek.imports.ImportExecutorConfig;
import id.regsosek.imports.ImportReport;
import id.regsosek.imports.ImportRun;
import id.regsosek.imports.ImportRuns;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Entry point of the recruitment imports (HTTP, tests, demo): candidates are imported set-based in one
 * transaction, then their recruitment instances are started in chunks; test scores are correlated.
 */
@Service
public class RecruitmentImports {

    private final ImportRuns runs;
    private final CandidateImporter candidates;
    private final CandidateStarter starter;
    private final TestScoreImporter scores;
    private final TaskExecutor executor;
    private final Campaigns campaigns;

    public RecruitmentImports(ImportRuns runs, CandidateImporter candidates, CandidateStarter starter,
                              TestScoreImporter scores,
                              @Qualifier(ImportExecutorConfig.NAME) TaskExecutor executor, Campaigns campaigns) {
        this.runs = runs;
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.starter = starter;
        this.scores = scores;
        this.executor = executor;
    }

    /**
     * Imports the file and, when accepted, starts the new candidates' processes (in the calling thread).
     *
     * @throws RegistrationClosedException when the campaign exists and is not taking registrations
     */
    public ImportReport importCandidates(String regency, String campaign, String fileName, byte[] content,
                                        String userId) {
        campaigns.requireRegistrationOpen(regency, campaign);
        ImportRun run = runs.register(CandidateImporter.KIND, fileName, regency, userId);
        ImportReport report = runs.execute(run, r -> candidates.importFile(regency, campaign, fileName, content, r));
        if ("DONE".equals(report.state())) {
            starter.startAll(regency, campaign);
        }
        return report;
    }

    /** The same in the background; progress is read with {@link ImportRuns#find}. */
    public ImportReport importCandidatesAsync(String regency, String campaign, String fileName, byte[] content,
                                             String userId) {
        campaigns.requireRegistrationOpen(regency, campaign);
        ImportRun run = runs.register(CandidateImporter.KIND, fileName, regency, userId);
        executor.execute(() -> {
            ImportReport report = runs.execute(run, r -> candidates.importFile(regency, campaign, fileName, content, r));
            if ("DONE".equals(report.state())) {
                starter.startAll(regency, campaign);
            }
        });
        return run.report();
    }

    public ImportReport importTestScores(String regency, String campaign, String fileName, byte[] content,
                                         String userId) {
        Campaigns.requireKey(regency, campaign);
        ImportRun run = runs.register(TestScoreImporter.KIND, fileName, regency, userId);
        return runs.execute(run, r -> scores.importFile(regency, campaign, fileName, content, r));
    }
}
