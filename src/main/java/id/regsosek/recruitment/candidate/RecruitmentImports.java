package id.regsosek.recruitment.candidate;

import id.regsosek.identity.SystemCalls;
import id.regsosek.imports.BackgroundImports;
import id.regsosek.imports.ImportExecutorConfig;
import id.regsosek.imports.ImportReport;
import id.regsosek.imports.ImportRun;
import id.regsosek.imports.ImportRuns;
import id.regsosek.recruitment.Campaigns;
import org.camunda.bpm.engine.IdentityService;
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
    private final BackgroundImports background;
    private final IdentityService identity;

    public RecruitmentImports(ImportRuns runs, CandidateImporter candidates, CandidateStarter starter,
                              TestScoreImporter scores,
                              @Qualifier(ImportExecutorConfig.NAME) TaskExecutor executor, Campaigns campaigns,
                              BackgroundImports background, IdentityService identity) {
        this.background = background;
        this.identity = identity;
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

    /** The same in the background, on the system's authority like the HTTP call's synchronous import. */
    public ImportReport importTestScoresAsync(String regency, String campaign, String fileName, byte[] content,
                                              String userId) {
        Campaigns.requireKey(regency, campaign);
        return background.start(TestScoreImporter.KIND, fileName, regency, userId, r -> SystemCalls.asSystem(identity,
                () -> scores.importFile(regency, campaign, fileName, content, r)), null);
    }

    public ImportReport importTestScores(String regency, String campaign, String fileName, byte[] content,
                                         String userId) {
        Campaigns.requireKey(regency, campaign);
        ImportRun run = runs.register(TestScoreImporter.KIND, fileName, regency, userId);
        return runs.execute(run, r -> scores.importFile(regency, campaign, fileName, content, r));
    }
}
