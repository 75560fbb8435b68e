package id.regsosek.frame;

import id.regsosek.imports.ImportProblem;
import id.regsosek.imports.ImportReport;
import java.io.PrintStream;

/** Prints an import's outcome for a person at a terminal; exit code 0 done, 2 rejected, 1 failed. */
public final class ImportReportPrinter {

    private ImportReportPrinter() {
    }

    public static int print(ImportReport r, PrintStream out) {
        out.printf("%s import %s: %s%n", r.kind(), r.id(), r.state());
        switch (r.state()) {
            case "DONE" -> {
                out.printf("  %d rows read: %d new, %d changed, %d unchanged", r.rowsRead(), r.inserted(),
                        r.updated(), r.unchanged());
                out.println(r.skippedOtherRegency() > 0
                        ? ", " + r.skippedOtherRegency() + " of other regencies skipped" : "");
                return 0;
            }
            case "REJECTED" -> {
                out.printf("  %d problem(s); nothing was imported:%n", r.problemCount());
                for (ImportProblem p : r.problems()) {
                    out.println("  " + p);
                }
                return 2;
            }
            default -> {
                out.println("  " + r.failure());
                return 1;
            }
        }
    }
}
