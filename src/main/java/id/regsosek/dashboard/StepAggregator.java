package id.regsosek.dashboard;

import org.springframework.stereotype.Component;

/** Open work per process step, from the engine's open activity instances of the regency (see {@link EngineTables}). */
@Component
class StepAggregator {

    private final EngineTables engine;

    StepAggregator(EngineTables engine) {
        this.engine = engine;
    }

    void refresh(String regency) {
        engine.writeOpenSteps(regency);
    }
}
