package id.regsosek.frame;

import id.regsosek.imports.ImportExecutorConfig;
import id.regsosek.imports.ImportReport;
import id.regsosek.imports.ImportRun;
import id.regsosek.imports.ImportRuns;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/** Entry point for area-frame and SLS imports, from the command line, HTTP or the demo loader. */
@Service
public class FrameImports {

    private final ImportRuns runs;
    private final AreaFrameImporter areaImporter;
    private final SlsImporter slsImporter;
    private final TaskExecutor executor;

    public FrameImports(ImportRuns runs, AreaFrameImporter areaImporter, SlsImporter slsImporter,
                        @Qualifier(ImportExecutorConfig.NAME) TaskExecutor executor) {
        this.runs = runs;
        this.areaImporter = areaImporter;
        this.slsImporter = slsImporter;
        this.executor = executor;
    }

    public ImportReport importArea(String regency, AreaFiles files, String userId) {
        ImportRun run = runs.register(AreaFrameImporter.KIND, "regencies/districts/villages", regency, userId);
        return runs.execute(run, r -> areaImporter.importRegency(regency, files, r));
    }

    /** Starts the area-frame import in the background; progress with {@link ImportRuns#find}. */
    public ImportReport importAreaAsync(String regency, AreaFiles files, String userId) {
        ImportRun run = runs.register(AreaFrameImporter.KIND, "regencies/districts/villages", regency, userId);
        executor.execute(() -> runs.execute(run, r -> areaImporter.importRegency(regency, files, r)));
        return run.report();
    }

    public ImportReport importSls(String regency, String fileName, byte[] content, String userId) {
        ImportRun run = runs.register(SlsImporter.KIND, fileName, regency, userId);
        return runs.execute(run, r -> slsImporter.importFile(regency, fileName, content, r));
    }

    /** Starts the SLS import in the background; its progress is then read with {@link ImportRuns#find}. */
    public ImportReport importSlsAsync(String regency, String fileName, byte[] content, String userId) {
        ImportRun run = runs.register(SlsImporter.KIND, fileName, regency, userId);
        executor.execute(() -> runs.execute(run, r -> slsImporter.importFile(regency, fileName, content, r)));
        return run.report();
    }
}
