package id.regsosek.recruitment.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.recruitment.DecisionTables;
import id.regsosek.recruitment.RecruitmentProcess;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The administrative screening table (FIRST hit): one test per rule, in the table's order. */
class CandidateEligibilityDmnTest {

    private final DecisionTables table;

    CandidateEligibilityDmnTest() throws Exception {
        table = new DecisionTables("candidate-eligibility.dmn", RecruitmentProcess.DECISION_ELIGIBILITY);
    }

    private DecisionTables.Decided screen(String education, int age, boolean lives, String documents) {
        Map<String, Object> in = new HashMap<>();
        in.put(RecruitmentProcess.EDUCATION, education);
        in.put(RecruitmentProcess.AGE, age);
        in.put(RecruitmentProcess.LIVES_IN_DISTRICT, lives);
        in.put(RecruitmentProcess.DOCUMENTS, documents);
        return table.decide(RecruitmentProcess.ELIGIBILITY, in);
    }

    @Test
    void belowSeniorHighSchoolIsIneligibleWhateverElse() {
        DecisionTables.Decided d = screen("SMP", 30, true, "LENGKAP");
        assertThat(d.output()).isEqualTo(RecruitmentProcess.INELIGIBLE);
        assertThat(d.rules()).containsExactly("Rule_EducationTooLow");
        assertThat(screen("SD", 30, true, "LENGKAP").rules()).containsExactly("Rule_EducationTooLow");
    }

    @Test
    void anAgeOutside18To55IsIneligible() {
        assertThat(screen("SMA", 17, true, "LENGKAP").rules()).containsExactly("Rule_AgeOutOfBounds");
        assertThat(screen("SMA", 56, true, "LENGKAP").output()).isEqualTo(RecruitmentProcess.INELIGIBLE);
        assertThat(screen("SMA", 18, true, "LENGKAP").output()).as("18 is in").isEqualTo(RecruitmentProcess.ELIGIBLE);
        assertThat(screen("SMA", 55, true, "LENGKAP").output()).as("55 is in").isEqualTo(RecruitmentProcess.ELIGIBLE);
    }

    @Test
    void notLivingInTheDistrictIsIneligible() {
        DecisionTables.Decided d = screen("S1", 30, false, "LENGKAP");
        assertThat(d.output()).isEqualTo(RecruitmentProcess.INELIGIBLE);
        assertThat(d.rules()).containsExactly("Rule_NotResident");
    }

    @Test
    void completeDocumentsOfAnOtherwiseFitCandidateAreEligible() {
        DecisionTables.Decided d = screen("SMA", 30, true, "LENGKAP");
        assertThat(d.output()).isEqualTo(RecruitmentProcess.ELIGIBLE);
        assertThat(d.rules()).containsExactly("Rule_DocumentsComplete");
    }

    @Test
    void anythingElseGoesToRecruitmentStaffToCheckByHand() {
        for (String documents : new String[] {"TIDAK_LENGKAP", "RAGU"}) {
            DecisionTables.Decided d = screen("D3", 40, true, documents);
            assertThat(d.output()).isEqualTo("MANUAL");
            assertThat(d.rules()).containsExactly("Rule_DocumentsToCheck");
        }
    }
}
