package id.regsosek.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code XxxProcess} constants classes and the models in {@code bpmn/} say the same thing: every constant that
 * names an activity (by the id prefixes in use: Task_, Gateway_, Event_, ...) names an element of that process's
 * model, every message constant a message of some model, so a renamed or deleted element cannot leave a constant behind that a test or delegate trusts.
 * And every model reads one way in Cockpit and Tasklist: a plain Indonesian name, a versionTag "x.y.z".
 */
class ProcessModelConventionsTest {

    /** The id prefixes our models use for flow nodes and subprocesses (see the BPMN files). */
    private static final Pattern ACTIVITY_ID = Pattern.compile(
            "(Task|Gateway|Event|End|Start|Boundary|Timer|Wait|Sub|SubProcess|Call|Flow)_\\w+");
    private static final Pattern VERSION_TAG = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Path MODELS = Path.of("bpmn");

    private static final Map<String, BpmnModelInstance> byProcessKey = new TreeMap<>();

    @BeforeAll
    static void readModels() throws Exception {
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(f.toFile());
                for (Process p : model.getModelElementsByType(Process.class)) {
                    byProcessKey.put(p.getId(), model);
                }
            }
        }
    }

    /** Every production class named *Process with a KEY constant. */
    private static List<Class<?>> processClasses() {
        List<Class<?>> out = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.regsosek")) {
            if (c.getSimpleName().endsWith("Process") && c.tryGetField("KEY").isPresent()) {
                out.add(c.reflect());
            }
        }
        return out;
    }

    private static Map<String, String> stringConstants(Class<?> type) throws IllegalAccessException {
        Map<String, String> out = new TreeMap<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()) && f.getType() == String.class) {
                f.setAccessible(true);
                out.put(f.getName(), (String) f.get(null));
            }
        }
        return out;
    }

    @Test
    void everyActivityAndMessageConstantNamesAnElementOfItsProcessModel() throws Exception {
        // A process may send a message that another one catches (the period's end reaches the visits).
        Set<String> messages = byProcessKey.values().stream().distinct()
                .flatMap(m -> m.getModelElementsByType(Message.class).stream()).map(Message::getName)
                .collect(Collectors.toSet());
        List<Class<?>> classes = processClasses();
        assertThat(classes).as("the *Process classes").hasSizeGreaterThanOrEqualTo(9);
        List<String> missing = new ArrayList<>();
        for (Class<?> type : classes) {
            Map<String, String> constants = stringConstants(type);
            BpmnModelInstance model = byProcessKey.get(constants.get("KEY"));
            assertThat(model).as(type.getSimpleName() + ".KEY names a process in bpmn/").isNotNull();
            Set<String> ids = model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId)
                    .collect(Collectors.toSet());
            constants.forEach((name, value) -> {
                if (ACTIVITY_ID.matcher(value).matches() && !ids.contains(value)) {
                    missing.add(type.getSimpleName() + "." + name + " = " + value + " (no such element)");
                }
                if ((name.startsWith("MSG_") || name.startsWith("MESSAGE_")) && !messages.contains(value)) {
                    missing.add(type.getSimpleName() + "." + name + " = " + value + " (no such message)");
                }
            });
        }
        assertThat(missing).as("constants naming what no model has").isEmpty();
    }

    @Test
    void everyProcessHasAPlainIndonesianNameAndAThreePartVersionTag() throws Exception {
        List<String> wrong = new ArrayList<>();
        byProcessKey.forEach((key, model) -> {
            Process p = model.getModelElementById(key);
            if (p.getName() == null || p.getName().contains("(")) {
                wrong.add(key + ": name '" + p.getName() + "' (one plain Indonesian name, no English in brackets)");
            }
            if (p.getCamundaVersionTag() == null || !VERSION_TAG.matcher(p.getCamundaVersionTag()).matches()) {
                wrong.add(key + ": versionTag '" + p.getCamundaVersionTag() + "' (x.y.z)");
            }
            if (p.getCamundaHistoryTimeToLiveString() == null) {
                wrong.add(key + ": no historyTimeToLive");
            }
        });
        File[] tables = MODELS.toFile().listFiles((d, n) -> n.endsWith(".dmn"));
        assertThat(tables).isNotEmpty();
        for (File f : tables) {
            DmnModelInstance dmn = Dmn.readModelFromFile(f);
            for (Decision d : dmn.getModelElementsByType(Decision.class)) {
                if (d.getName() == null || d.getName().contains("(")) {
                    wrong.add(d.getId() + ": name '" + d.getName() + "'");
                }
                if (d.getVersionTag() == null || !VERSION_TAG.matcher(d.getVersionTag()).matches()) {
                    wrong.add(d.getId() + ": versionTag '" + d.getVersionTag() + "'");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
