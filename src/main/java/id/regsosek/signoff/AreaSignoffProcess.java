package id.regsosek.signoff;

/** Names of the area-signoff process: one instance per SLS, business key = the SLS code. */
public final class AreaSignoffProcess {

    public static final String KEY = "area-signoff";

    /**
     * Correlated by the household visits (business key = SLS code) in the transaction that gives an SLS's last open
     * family its final result; the only sender is {@code visit.SlsCompletion}.
     */
    public static final String MESSAGE_SLS_FAMILIES_FINAL = "SlsFamiliesFinal";

    public static final String VAR_DISTRICT = "districtCode";
    public static final String VAR_ALL_FINAL = "allFamiliesFinal";
    public static final String VAR_SUMMARY = "areaSummary";
    public static final String VAR_FLAGS = "areaFlags";
    public static final String VAR_PML_DECISION = "pmlDecision";
    public static final String VAR_REOPEN_FAMILIES = "reopenFamilies";
    public static final String VAR_PML_REASON = "pmlReason";
    public static final String VAR_KOSEKA_DECISION = "kosekaDecision";
    public static final String VAR_KOSEKA_REASON = "kosekaReason";
    public static final String VAR_ADMIN_NOTE = "adminNote";
    // Display variables of the sign-off tasks (task-local JSON from our tables).
    public static final String VAR_FAMILIES = "slsFamilies";
    public static final String VAR_DECISIONS = "signoffDecisions";
    /** The checklist's options of the PML's reopen: the SLS's families (the choice is checked again on reopening). */
    public static final String VAR_REOPEN_OPTIONS = "reopenOptions";

    public static final String APPROVE = "APPROVE";
    public static final String REOPEN = "REOPEN";
    public static final String RETURN = "RETURN";

    public static final String START = "Start_FieldworkStarted";
    public static final String TASK_CHECK_COMPLETE = "Task_CheckComplete";
    public static final String GATEWAY_ALL_FINAL = "Gateway_AllFinal";
    public static final String GATEWAY_WAIT = "Gateway_WaitForFamilies";
    public static final String EVENT_ALL_FINAL = "Event_AllFamiliesFinal";
    public static final String TIMER_RECHECK = "Timer_Recheck";
    public static final String TASK_SUMMARISE = "Task_SummariseArea";
    public static final String TASK_APPROVE_AREA = "Task_ApproveArea";
    public static final String GATEWAY_PML_DECISION = "Gateway_PmlDecision";
    public static final String TASK_REOPEN = "Task_ReopenFamilies";
    public static final String TASK_MAIL_KOSEKA = "Task_MailKoseka";
    public static final String TASK_APPROVE_DISTRICT = "Task_ApproveAreaForDistrict";
    public static final String GATEWAY_KOSEKA_DECISION = "Gateway_KosekaDecision";
    public static final String TASK_MAIL_ADMIN = "Task_MailRegencyAdmin";
    public static final String TASK_ACCEPT = "Task_AcceptArea";
    public static final String TASK_RECORD_ACCEPTED = "Task_RecordAccepted";
    public static final String END_ACCEPTED = "End_AreaAccepted";

    public static final String STEP_PML = "PML";
    public static final String STEP_KOSEKA = "KOSEKA";
    public static final String STEP_ADMIN = "ADMIN";

    private AreaSignoffProcess() {
    }
}
