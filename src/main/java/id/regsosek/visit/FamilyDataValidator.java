package id.regsosek.visit;

import id.regsosek.common.Nik;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks a family's answers: a head present, at most {@code regsosek.visit.max-members} (60) members, names without
 * control characters within their column, birth dates not in the future, 16-digit NIKs consistent with sex and
 * age, codes in range.
 */
@Component
public class FamilyDataValidator {

    /** Names are kept in a column of this length. */
    static final int NAME_LENGTH = 120;
    /** The oldest birth date taken: the oldest people alive are under 120. */
    static final int MAX_AGE_YEARS = 130;

    static final Set<String> ASSETS = Set.of("GAS_TANK", "FRIDGE", "AIR_CONDITIONER", "WATER_HEATER", "PHONE",
            "COMPUTER", "GOLD", "MOTORCYCLE", "BICYCLE", "BOAT", "CAR", "TELEVISION", "LAND", "OTHER_HOUSE",
            "COW", "BUFFALO", "HORSE", "PIG", "GOAT", "SHEEP", "POULTRY");
    static final Set<String> PROGRAMMES = Set.of("PKH", "BPNT", "BLT", "PIP", "KIS_PBI", "BST", "SUBSIDI_LISTRIK",
            "KUR", "OTHER");

    private final int maxMembers;

    public FamilyDataValidator(@Value("${regsosek.visit.max-members:60}") int maxMembers) {
        if (maxMembers < 1) {
            throw new IllegalArgumentException("regsosek.visit.max-members must be at least 1");
        }
        this.maxMembers = maxMembers;
    }

    public List<FieldProblem> check(FamilyData data) {
        List<FieldProblem> p = new ArrayList<>();
        if (data == null) {
            p.add(new FieldProblem("", "no family data"));
            return p;
        }
        List<FamilyData.Member> members = data.members() == null ? List.of() : data.members();
        if (members.isEmpty()) {
            p.add(new FieldProblem("members", "at least one member (the head) is required"));
        }
        if (members.size() > maxMembers) {
            // Checked alone: the rows of an impossible family are not worth a reason each.
            p.add(new FieldProblem("members", "paling banyak " + maxMembers + " anggota keluarga, dikirim "
                    + members.size()));
            return p;
        }
        long heads = members.stream().filter(m -> m != null && Integer.valueOf(1).equals(m.relationship())).count();
        if (!members.isEmpty() && heads != 1) {
            p.add(new FieldProblem("members", "exactly one head (relationship 1) is required, found " + heads));
        }
        for (int i = 0; i < members.size(); i++) {
            member(members.get(i), "members[" + i + "].", p);
        }
        housing(data.housing(), p);
        Map<String, Integer> assets = data.assets() == null ? Map.of() : data.assets();
        if (assets.size() > ASSETS.size()) {
            p.add(new FieldProblem("assets", "paling banyak " + ASSETS.size() + " jenis aset"));
            return p;
        }
        assets.forEach((code, n) -> {
            if (!ASSETS.contains(code)) {
                // The unknown key is echoed only when it is a plain short word.
                String field = code != null && code.matches("[A-Za-z0-9_]{1,30}") ? "assets." + code : "assets";
                p.add(new FieldProblem(field, "unknown asset; known: " + ASSETS));
            } else if (n == null || n < 0 || n > 10000) {
                p.add(new FieldProblem("assets." + code, "quantity must be 0..10000"));
            }
        });
        List<String> assistance = data.assistance() == null ? List.of() : data.assistance();
        if (assistance.size() > PROGRAMMES.size()) {
            p.add(new FieldProblem("assistance", "paling banyak " + PROGRAMMES.size() + " program"));
            return p;
        }
        for (int i = 0; i < assistance.size(); i++) {
            if (!PROGRAMMES.contains(assistance.get(i))) {
                p.add(new FieldProblem("assistance[" + i + "]", "unknown programme; known: " + PROGRAMMES));
            }
        }
        return p;
    }

    private void member(FamilyData.Member m, String at, List<FieldProblem> p) {
        if (m == null) {
            p.add(new FieldProblem(at, "empty member"));
            return;
        }
        FieldText.line(at + "name", m.name(), NAME_LENGTH, true, p);
        range(m.relationship(), 1, 7, at + "relationship", p);
        if (!"L".equals(m.sex()) && !"P".equals(m.sex())) {
            p.add(new FieldProblem(at + "sex", "must be L (male) or P (female)"));
        }
        range(m.age(), 0, 120, at + "age", p);
        range(m.education(), 0, 7, at + "education", p);
        range(m.workStatus(), 1, 5, at + "workStatus", p);
        if (m.birthDate() != null && m.birthDate().isAfter(LocalDate.now())) {
            p.add(new FieldProblem(at + "birthDate", "tanggal lahir di masa depan"));
        } else if (m.birthDate() != null && m.birthDate().isBefore(LocalDate.now().minusYears(MAX_AGE_YEARS))) {
            p.add(new FieldProblem(at + "birthDate", "tanggal lahir lebih dari " + MAX_AGE_YEARS + " tahun lalu"));
        }
        if (m.birthDate() != null && m.age() != null
                && Math.abs(Period.between(m.birthDate(), LocalDate.now()).getYears() - m.age()) > 1) {
            p.add(new FieldProblem(at + "age", "does not match the birth date"));
        }
        if (Integer.valueOf(1).equals(m.relationship()) && m.age() != null && m.age() < 10) {
            p.add(new FieldProblem(at + "age", "a head of family younger than 10 is implausible"));
        }
        nik(m, at + "nik", p);
    }

    private void nik(FamilyData.Member m, String at, List<FieldProblem> p) {
        if (m.nik() == null || m.nik().isBlank()) {
            return; // small children and some elderly have none: not an error
        }
        if (!Nik.wellFormed(m.nik())) {
            p.add(new FieldProblem(at, "must be 16 digits"));
            return;
        }
        var born = Nik.birthDate(m.nik());
        if (born.isEmpty()) {
            p.add(new FieldProblem(at, "its date part (digits 7-12) is not a real date"));
            return;
        }
        if (m.sex() != null && !Nik.sexOf(m.nik()).orElseThrow().equals(m.sex())) {
            p.add(new FieldProblem(at, "its date part says sex " + Nik.sexOf(m.nik()).orElseThrow()
                    + ", the form says " + m.sex()));
        }
        if (m.birthDate() != null && !Nik.matchesBirthDate(m.nik(), m.birthDate())) {
            p.add(new FieldProblem(at, "its date part contradicts the birth date"));
        } else if (m.birthDate() == null && m.age() != null && !Nik.ageFits(m.nik(), m.age(), LocalDate.now())) {
            p.add(new FieldProblem(at, "its date part contradicts the age"));
        }
    }

    private void housing(FamilyData.Housing h, List<FieldProblem> p) {
        if (h == null) {
            p.add(new FieldProblem("housing", "required"));
            return;
        }
        range(h.tenure(), 1, 5, "housing.tenure", p);
        range(h.floorArea(), 1, 10000, "housing.floorArea", p);
        range(h.floorMaterial(), 1, 9, "housing.floorMaterial", p);
        range(h.wallMaterial(), 1, 9, "housing.wallMaterial", p);
        range(h.roofMaterial(), 1, 9, "housing.roofMaterial", p);
        range(h.waterSource(), 1, 11, "housing.waterSource", p);
        range(h.sanitation(), 1, 5, "housing.sanitation", p);
        range(h.electricity(), 1, 6, "housing.electricity", p);
        range(h.cookingFuel(), 1, 11, "housing.cookingFuel", p);
    }

    private static void range(Integer v, int min, int max, String field, List<FieldProblem> p) {
        if (v == null || v < min || v > max) {
            p.add(new FieldProblem(field, "required, " + min + ".." + max));
        }
    }
}
