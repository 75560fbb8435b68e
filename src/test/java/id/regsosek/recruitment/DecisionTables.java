package id.regsosek.recruitment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/** A decision table of bpmn/ evaluated on its own, telling which rule decided (by its id in the model). */
public final class DecisionTables {

    public record Decided(String output, List<String> rules) {
    }

    private final List<String> matched = new ArrayList<>();
    private final DmnEngine engine;
    private final DmnDecision decision;

    public DecisionTables(String file, String decisionKey) throws IOException {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> record(event)));
        engine = configuration.buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("bpmn", file))) {
            decision = engine.parseDecision(decisionKey, in);
        }
    }

    private void record(DmnDecisionTableEvaluationEvent event) {
        event.getMatchingRules().forEach(r -> matched.add(r.getId()));
    }

    public Decided decide(String outputName, Map<String, Object> inputs) {
        matched.clear();
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, inputs);
        return new Decided(result.getSingleResult().getEntry(outputName), List.copyOf(matched));
    }
}
