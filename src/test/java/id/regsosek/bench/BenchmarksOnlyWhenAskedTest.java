package id.regsosek.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.common.CliCommand;
import id.regsosek.demo.SignoffDemo;
import id.regsosek.demo.VisitDemo;
import id.regsosek.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The web application (here the H2 demo) carries the demo data but none of the benchmarks: their beans are made
 * only when a benchmark command runs (BenchmarkVisitsCommandTest, BenchmarkDeploymentCommandTest run them).
 */
class BenchmarksOnlyWhenAskedTest extends AppTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theWebApplicationHasTheDemoButNoBenchmark() {
        assertThat(context.getBeansWithAnnotation(BenchmarkComponent.class)).isEmpty();
        assertThat(context.getBeansOfType(CliCommand.class).values()).extracting(CliCommand::name)
                .isNotEmpty().noneMatch(name -> name.startsWith("benchmark-"));
        assertThat(context.getBeanNamesForType(VisitDemo.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(SignoffDemo.class)).hasSize(1);
    }
}
