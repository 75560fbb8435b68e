package id.regsosek.visit;

import id.regsosek.common.Nik;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A family's answers: the proxy-means-test variables of Regsosek (members, housing, assets and livestock, social
 * assistance). Codes follow the paper form; {@link FamilyDataValidator} names the allowed ranges.
 */
public record FamilyData(List<Member> members, Housing housing, Map<String, Integer> assets,
                         List<String> assistance) {

    public record Member(String name, String nik, Integer relationship, String sex, LocalDate birthDate,
                         Integer age, Integer education, Integer workStatus, Boolean disability) {

        @Override
        public String toString() {
            // A record's default toString would print the NIK into any log line or message that shows a member.
            return "Member[name=" + name + ", nik=" + Nik.mask(nik) + ", relationship=" + relationship + "]";
        }
    }

    public record Housing(Integer tenure, Integer floorArea, Integer floorMaterial, Integer wallMaterial,
                          Integer roofMaterial, Integer waterSource, Integer sanitation, Integer electricity,
                          Integer cookingFuel) {
    }
}
