package id.regsosek.frame;

import id.regsosek.common.CliCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/** import-area --regency=32.16 --dir=FOLDER: loads one regency from regencies/districts/villages.csv. */
@Component
public class ImportAreaCommand implements CliCommand {

    private final FrameImports imports;

    public ImportAreaCommand(FrameImports imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "import-area";
    }

    @Override
    public String usage() {
        return "import-area --regency=32.16 --dir=FOLDER   (FOLDER holds regencies.csv, districts.csv, villages.csv)";
    }

    @Override
    public int run(ApplicationArguments args) throws Exception {
        String regency = CliCommand.required(args, "regency");
        if (!AreaCodes.isRegency(regency)) {
            throw new IllegalArgumentException("--regency must look like 32.16, got " + regency);
        }
        Path dir = Path.of(CliCommand.required(args, "dir"));
        AreaFiles files = new AreaFiles(read(dir, AreaFiles.REGENCIES), read(dir, AreaFiles.DISTRICTS),
                read(dir, AreaFiles.VILLAGES));
        return ImportReportPrinter.print(imports.importArea(regency, files, "command-line"), System.out);
    }

    private static byte[] read(Path dir, String name) throws java.io.IOException {
        Path file = dir.resolve(name);
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        return Files.readAllBytes(file);
    }
}
