package id.regsosek.recruitment.candidate;

import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.RecruitmentVariables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long a candidate may take for each step before dropping out (ISO-8601 durations, configurable). */
@Component
public class RecruitmentDeadlines {

    private final String verify;
    private final String test;
    private final String interview;
    private final String reserve;

    public RecruitmentDeadlines(@Value("${regsosek.recruitment.verify-deadline:P7D}") String verify,
                                @Value("${regsosek.recruitment.test-deadline:P14D}") String test,
                                @Value("${regsosek.recruitment.interview-deadline:P14D}") String interview,
                                @Value("${regsosek.recruitment.reserve-validity:P90D}") String reserve) {
        this.verify = verify;
        this.test = test;
        this.interview = interview;
        this.reserve = reserve;
    }

    void apply(RecruitmentVariables v) {
        v.set(RecruitmentProcess.VERIFY_DEADLINE, verify);
        v.set(RecruitmentProcess.TEST_DEADLINE, test);
        v.set(RecruitmentProcess.INTERVIEW_DEADLINE, interview);
        v.set(RecruitmentProcess.RESERVE_VALIDITY, reserve);
    }
}
