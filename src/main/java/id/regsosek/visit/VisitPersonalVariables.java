package id.regsosek.visit;

import id.regsosek.common.PersonalVariables;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The head's NIK of the older form, the members list, every member row of the visit form (name, NIK, age...) and
 * the head's name Tasklist shows on a visit task, and the check's display of the family and its members (names,
 * masked NIKs), and a closed building's contact phone (alone and in the access note).
 */
@Component
public class VisitPersonalVariables implements PersonalVariables {

    @Override
    public Set<String> names() {
        Set<String> names = new HashSet<>(Set.of(VisitProcess.HEAD_NIK, VisitProcess.MEMBERS,
                VisitProcess.HEAD_COLUMN, VisitProcess.FORM_FAMILY, VisitProcess.FORM_MEMBERS,
                VisitProcess.ACCESS_NOTE, VisitProcess.ACCESS_CONTACT_PHONE));
        for (int row = 1; row <= VisitProcess.MEMBER_ROWS; row++) {
            for (String field : VisitProcess.MEMBER_FIELDS) {
                names.add(VisitProcess.memberField(row, field));
            }
        }
        return Set.copyOf(names);
    }
}
