package id.regsosek.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every command the application has is also known before startup, so it runs without the web server. */
class CommandLineDispatcherTest extends AppTest {

    @Autowired
    private List<CliCommand> commands;

    @Test
    void everyCommandIsRecognisedFromTheFirstArgument() {
        assertThat(commands).isNotEmpty();
        for (CliCommand command : commands) {
            assertThat(CommandLineDispatcher.isCommand(new String[] {command.name(), "--x=y"})).as(command.name())
                    .isTrue();
        }
        assertThat(CommandLineDispatcher.isCommand(new String[] {"--server.port=9090"})).isFalse();
    }
}
