package id.regsosek.recruitment;

/** Ids of the officer-recruitment process (one per candidate, business key = registration number). */
public final class RecruitmentProcess {

    public static final String KEY = "officer-recruitment";
    /** DMN of the administrative screening (Task_Screening): ELIGIBLE, INELIGIBLE or MANUAL. */
    public static final String DECISION_ELIGIBILITY = "candidate-eligibility";

    // variables
    public static final String CAMPAIGN_KEY = "campaignKey";
    public static final String DISTRICT_CODE = "districtCode";
    public static final String EDUCATION = "educationLevel";
    public static final String AGE = "age";
    public static final String LIVES_IN_DISTRICT = "livesInDistrict";
    public static final String DOCUMENTS = "documents";
    public static final String ELIGIBILITY = "eligibility";
    public static final String DOCUMENTS_VALID = "documentsValid";
    public static final String VERIFY_NOTE = "verifyNote";
    public static final String TEST_SCORE = "testScore";
    /** Where the test score came from (officer_candidate.test_score_source). */
    public static final String SOURCE_FILE = "FILE";
    public static final String SOURCE_FORM = "FORM";
    public static final String INTERVIEW_SCORE = "interviewScore";
    public static final String OUTCOME = "selectionOutcome";
    public static final String ROLE = "selectedRole";
    public static final String MAIL_TEMPLATE = "mailTemplate";
    public static final String TRAINING_PASSED = "trainingPassed";
    /** Read-only candidate summary shown on the staff forms (no NIK, no phone). */
    public static final String CANDIDATE_NAME = "candidateName";
    public static final String CANDIDATE_SUMMARY = "candidateSummary";
    public static final String TEST_DEADLINE = "testDeadline";
    public static final String INTERVIEW_DEADLINE = "interviewDeadline";
    public static final String VERIFY_DEADLINE = "verifyDeadline";
    public static final String RESERVE_VALIDITY = "reserveValidity";
    public static final String RESERVE_FOUND = "reserveFound";
    public static final String NEW_STATUS = "newStatus";

    // eligibility decision values (DMN candidate-eligibility output)
    public static final String ELIGIBLE = "ELIGIBLE";
    public static final String INELIGIBLE = "INELIGIBLE";
    public static final String MANUAL = "MANUAL";

    // selection outcomes
    public static final String SELECTED = "SELECTED";
    public static final String RESERVE = "RESERVE";
    public static final String NOT_SELECTED = "NOT_SELECTED";

    // messages
    public static final String MSG_TEST_SCORE = "TestScoreRecorded";
    public static final String MSG_SELECTION = "SelectionDecided";
    public static final String MSG_PROMOTED = "ReservePromoted";
    public static final String MSG_TRAINING_RESULT = "TrainingResultRecorded";
    /** Correlated on an officer's recruitment instance when a deployed officer drops out (area assignment uses it). */
    public static final String MSG_OFFICER_DROPPED_OUT = "OfficerDroppedOut";

    // activities
    public static final String START = "Start_Registered";
    public static final String LOAD_FACTS = "Task_LoadCandidateFacts";
    public static final String SCREENING = "Task_Screening";
    public static final String GATEWAY_ELIGIBILITY = "Gateway_Eligibility";
    public static final String VERIFY_DOCUMENTS = "Task_VerifyDocuments";
    public static final String TIMER_VERIFY = "Timer_VerifyDeadline";
    /** Recruitment staff enter the test score in Tasklist, unless the test's CSV export brings it first. */
    public static final String ENTER_TEST_SCORE = "Task_EnterTestScore";
    /** Interrupting message boundary event on {@link #ENTER_TEST_SCORE}: the score came in the CSV import. */
    public static final String TEST_SCORE_IMPORTED = "Event_TestScoreImported";
    public static final String TIMER_TEST = "Timer_TestDeadline";
    public static final String INTERVIEW = "Task_Interview";
    public static final String TIMER_INTERVIEW = "Timer_InterviewDeadline";
    public static final String RECORD_SCORES = "Task_RecordScores";
    public static final String WAIT_SELECTION = "Wait_Selection";
    public static final String NOTIFY_SELECTED = "Task_NotifySelected";
    public static final String NOTIFY_RESERVE = "Task_NotifyReserve";
    public static final String NOTIFY_NOT_SELECTED = "Task_NotifyNotSelected";
    public static final String NOTIFY_INELIGIBLE = "Task_NotifyIneligible";
    public static final String WAIT_PROMOTION = "Wait_Promotion";
    public static final String TIMER_RESERVE_END = "Timer_ReserveEnd";
    public static final String WAIT_TRAINING = "Wait_TrainingResult";
    public static final String DEPLOY = "Task_Deploy";
    public static final String NOTIFY_CONTRACT = "Task_NotifyContract";
    public static final String WAIT_DROPOUT = "Wait_Deployed";
    public static final String END_INELIGIBLE = "End_Ineligible";
    public static final String END_DROPPED = "End_DroppedOut";
    public static final String END_NOT_SELECTED = "End_NotSelected";
    public static final String END_RESERVE_UNUSED = "End_ReserveUnused";
    public static final String END_REPLACED = "End_Replaced";
    public static final String RESERVE_EXHAUSTED = "Task_ReserveExhausted";

    private RecruitmentProcess() {
    }
}
