package id.regsosek.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.identity.Groups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The "Kecamatan saya" filter lists only the Koseka's steps (so it need not read every open task): those are every
 * user task of the models offered to the Koseka group or assigned by a Koseka routing expression, no more, no less.
 * A new Koseka step in a model fails here until the filter knows it.
 */
class KosekaStepsTest {

    @Test
    void theFilterKnowsEveryKosekaStepOfTheModels() throws Exception {
        Set<String> inModels = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                for (UserTask t : Bpmn.readModelFromFile(f.toFile()).getModelElementsByType(UserTask.class)) {
                    String groups = String.valueOf(t.getCamundaCandidateGroups());
                    String assignee = String.valueOf(t.getCamundaAssignee()).toLowerCase();
                    if (Set.of(groups.split("\\s*,\\s*")).contains(Groups.KOSEKA) || assignee.contains("koseka")) {
                        inModels.add(t.getId());
                    }
                }
            }
        }
        assertThat(inModels).isNotEmpty().containsExactlyInAnyOrderElementsOf(TasklistFilters.KOSEKA_STEPS);
    }
}
