package id.regsosek.ranking;

import id.regsosek.common.CliCommand;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/** verify-handover --dir=FOLDER: checks a handover package against its manifest (exit 0 sound, 2 not). */
@Component
public class VerifyHandoverCommand implements CliCommand {

    private final HandoverPackage handover;

    public VerifyHandoverCommand(HandoverPackage handover) {
        this.handover = handover;
    }

    @Override
    public String name() {
        return "verify-handover";
    }

    @Override
    public String usage() {
        return "verify-handover --dir=HANDOVER_FOLDER   (the folder holding manifest.json)";
    }

    @Override
    public int run(ApplicationArguments args) throws Exception {
        Path dir = Path.of(CliCommand.required(args, "dir"));
        List<String> problems = handover.verify(dir);
        if (problems.isEmpty()) {
            System.out.println(dir + ": every file matches its manifest row count and SHA-256");
            return 0;
        }
        problems.forEach(p -> System.out.println(dir + ": " + p));
        return 2;
    }
}
