package id.regsosek.imports;

import java.time.Instant;
import java.util.List;

/** What the caller of an import gets back (JSON over HTTP, text on the command line). */
public record ImportReport(String id, String kind, String fileName, String regencyCode, String state,
                           Instant startedAt, Instant finishedAt, int totalSteps, int processedSteps,
                           int rowsRead, int inserted, int updated, int unchanged, int skippedOtherRegency,
                           int problemCount, List<ImportProblem> problems, String failure) {
}
