package id.regsosek.recruitment.candidate;

import id.regsosek.common.CliCommand;
import id.regsosek.frame.ImportReportPrinter;
import id.regsosek.recruitment.RegistrationClosedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * import-candidates --regency=32.16 --campaign=32.16-2022 --file=FILE.csv: a registration export, then the
 * candidates' processes. Exit code 0 imported, 2 rejected rows, 3 the campaign is not taking registrations.
 */
@Component
public class ImportCandidatesCommand implements CliCommand {

    static final int REGISTRATION_CLOSED = 3;

    private final RecruitmentImports imports;

    public ImportCandidatesCommand(RecruitmentImports imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "import-candidates";
    }

    @Override
    public String usage() {
        return "import-candidates --regency=32.16 --campaign=32.16-2022 --file=FILE.csv   (columns "
                + String.join(",", CandidateImporter.COLUMNS) + "[,documents])";
    }

    @Override
    public int run(ApplicationArguments args) throws Exception {
        String regency = CliCommand.required(args, "regency");
        String campaign = CliCommand.required(args, "campaign");
        Path file = Path.of(CliCommand.required(args, "file"));
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        try {
            return ImportReportPrinter.print(imports.importCandidates(regency, campaign,
                    file.getFileName().toString(), Files.readAllBytes(file), "command-line"), System.out);
        } catch (RegistrationClosedException e) {
            System.err.println(name() + ": " + e.getMessage());
            return REGISTRATION_CLOSED;
        }
    }
}
