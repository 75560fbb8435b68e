package id.regsosek.frame;

import id.regsosek.common.CliCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/** import-sls --regency=32.16 --file=sls.csv: loads or updates a regency's SLS list. */
@Component
public class ImportSlsCommand implements CliCommand {

    private final FrameImports imports;

    public ImportSlsCommand(FrameImports imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "import-sls";
    }

    @Override
    public String usage() {
        return "import-sls --regency=32.16 --file=FILE.csv   (columns " + String.join(",", SlsImporter.COLUMNS) + ")";
    }

    @Override
    public int run(ApplicationArguments args) throws Exception {
        String regency = CliCommand.required(args, "regency");
        Path file = Path.of(CliCommand.required(args, "file"));
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        return ImportReportPrinter.print(imports.importSls(regency, file.getFileName().toString(),
                Files.readAllBytes(file), "command-line"), System.out);
    }
}
