package id.regsosek.visit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The family data an office keys from a paper form in Tasklist (form visit-family): the head, the housing block,
 * the main assets and assistance. Read from the task's variables into {@link FamilyData}; the variables are then
 * removed so the process keeps ids and decisions only. Field apps send the full member list through the REST API.
 */
final class FormFamilyData {

    static final List<String> HOUSING = List.of("tenure", "floorArea", "floorMaterial", "wallMaterial",
            "roofMaterial", "waterSource", "sanitation", "electricity", "cookingFuel");
    static final Map<String, String> ASSETS = Map.of("assetMotorcycle", "MOTORCYCLE", "assetCar", "CAR",
            "assetFridge", "FRIDGE", "livestockCow", "COW", "livestockGoat", "GOAT", "livestockPoultry", "POULTRY");
    static final Map<String, String> PROGRAMMES = Map.of("assistPkh", "PKH", "assistBpnt", "BPNT",
            "assistPip", "PIP", "assistKis", "KIS_PBI");
    static final List<String> HEAD = List.of("headName", VisitProcess.HEAD_NIK, "headSex", "headAge", "headEducation",
            "headWork", "headDisability");

    private FormFamilyData() {
    }

    static List<String> variableNames() {
        List<String> names = new ArrayList<>(HEAD);
        names.addAll(HOUSING);
        names.addAll(ASSETS.keySet());
        names.addAll(PROGRAMMES.keySet());
        return names;
    }

    /** The keyed data, or empty when the form carried none (a visit without an interview). */
    static Optional<FamilyData> read(VariableScope scope) {
        VisitVariables v = new VisitVariables(scope);
        if (v.text("headName") == null) {
            return Optional.empty();
        }
        FamilyData.Member head = new FamilyData.Member(v.text("headName"), v.text(VisitProcess.HEAD_NIK), 1, v.text("headSex"),
                null, v.integer("headAge"), v.integer("headEducation"), v.integer("headWork"),
                v.flag("headDisability"));
        FamilyData.Housing housing = new FamilyData.Housing(v.integer("tenure"), v.integer("floorArea"),
                v.integer("floorMaterial"), v.integer("wallMaterial"), v.integer("roofMaterial"),
                v.integer("waterSource"), v.integer("sanitation"), v.integer("electricity"),
                v.integer("cookingFuel"));
        Map<String, Integer> assets = new LinkedHashMap<>();
        ASSETS.forEach((field, code) -> {
            Integer n = v.integer(field);
            if (n != null && n > 0) {
                assets.put(code, n);
            }
        });
        List<String> programmes = PROGRAMMES.entrySet().stream().filter(e -> v.flag(e.getKey()))
                .map(Map.Entry::getValue).sorted().toList();
        return Optional.of(new FamilyData(List.of(head), housing, assets, programmes));
    }
}
