package id.regsosek.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The regency's projection scales each stage by expected families and leaves out set-up and accounting. */
class ProjectionTest {

    private static Stage stage(String name, long millis) throws InterruptedException {
        Stage s = new Stage(name, "families");
        s.start();
        Thread.sleep(millis);
        s.stop();
        return s;
    }

    @Test
    void scalesEachStageByTheRegencysFamilies() throws Exception {
        Stage field = stage("fieldwork", 200);
        List<String> lines = Projection.lines(List.of(stage("setup", 50), field, stage("accounting", 50)), 1_000,
                22_000);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("projected fieldwork");
        double projected = Double.parseDouble(lines.get(0).replaceAll("^projected fieldwork +([0-9]+) s.*", "$1"));
        assertThat(projected).isBetween(Math.floor(field.seconds() * 22) - 1, Math.ceil(field.seconds() * 22) + 1);
        assertThat(lines.get(1)).contains("22,000 expected families, 22.0 times the 1,000 simulated");
        assertThat(Projection.lines(List.of(field), 1_000, 1_000)).as("the whole regency was simulated").isEmpty();
    }

    @Test
    void theOperationsRealNeedIsPrintedBesideTheRun() throws Exception {
        Stage field = stage("fieldwork", 100);
        field.items(100);
        String line = Projection.need(1_047_215, field);
        assertThat(line).startsWith("need    : 1,047,215 families in a 30-day month are 0.404 families/s on average,"
                + " 4.85 /s in a busiest hour");
    }
}
