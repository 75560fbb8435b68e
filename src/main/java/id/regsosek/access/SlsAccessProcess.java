package id.regsosek.access;

import id.regsosek.visit.VisitProcess;

/**
 * Names of the sls-access process: one instance per SLS that needs the building management's permission (business
 * key = the SLS code), started by the system when its district's visits start; its visits wait for the grant.
 */
public final class SlsAccessProcess {

    public static final String KEY = "sls-access";

    // Variables. The SLS itself is the business key; these are what the forms show and what people send.
    /** Shown on the forms: the SLS's code, name and kind of building (set by the system). */
    public static final String VAR_SLS_INFO = "slsInfo";
    /** Shown on the regency admin's form: who refused and why (set by the system from our row). */
    public static final String VAR_REFUSAL_NOTE = "refusalNote";
    /** For Tasklist filters only. */
    public static final String VAR_DISTRICT = "districtCode";
    public static final String VAR_DECISION = "accessDecision";
    public static final String VAR_PML_OFFICER = "pmlOfficer";
    public static final String VAR_GRANTED_BY = "grantedBy";
    public static final String VAR_LETTER_NO = "letterNo";
    public static final String VAR_HOURS_FROM = "hoursFrom";
    public static final String VAR_HOURS_TO = "hoursTo";
    public static final String VAR_CONTACT_NAME = "contactName";
    /** Personal data: kept out of history (see PersonalDataHistoryFilter). */
    public static final String VAR_CONTACT_PHONE = VisitProcess.ACCESS_CONTACT_PHONE;
    public static final String VAR_REFUSAL_REASON = "refusalReason";
    /** The regency office's outcome: {@link #ARRANGED} (absent means the same) or {@link #ARRANGE_FAILED}. */
    public static final String VAR_ARRANGE_OUTCOME = "arrangeOutcome";
    public static final String VAR_ARRANGE_FAILURE_REASON = "arrangeFailureReason";
    /** When the regency office's arrangement is due (the boundary timer's date). */
    public static final String VAR_DEADLINE = "accessDeadline";

    // Decisions of the Koseka's and the PML's form.
    public static final String GRANTED = "IZIN";
    public static final String REFUSED = "DITOLAK";
    public static final String TO_PML = "SERAHKAN_PML";

    // Outcomes of the regency admin's form.
    public static final String ARRANGED = "BERHASIL";
    public static final String ARRANGE_FAILED = "GAGAL";

    // Activities.
    public static final String START = "Start_AccessNeeded";
    public static final String TASK_KOSEKA = "Task_RecordAccessKoseka";
    public static final String GATEWAY_KOSEKA = "Gateway_KosekaDecision";
    public static final String TASK_PML = "Task_RecordAccessPml";
    public static final String GATEWAY_PML = "Gateway_PmlDecision";
    public static final String TASK_RECORD_REFUSAL = "Task_RecordRefusal";
    public static final String TASK_ARRANGE = "Task_ArrangeAccess";
    public static final String TIMER_DEADLINE = "Timer_ArrangeDeadline";
    public static final String GATEWAY_ARRANGE = "Gateway_ArrangeOutcome";
    /** The regency office could not arrange access either: the SLS is closed out as at the period's end. */
    public static final String TASK_CLOSE_FAILED = "Task_CloseFailedSls";
    public static final String END_FAILED = "End_AccessFailed";
    public static final String TASK_MARK_OVERDUE = "Task_MarkOverdue";
    public static final String END_OVERDUE = "End_OverdueNoted";
    public static final String TASK_GRANT = "Task_GrantAccess";
    public static final String END_GRANTED = "End_AccessGranted";
    /** The regency's period ended with the SLS still blocked (message from the enumeration-period close-out). */
    public static final String EVENT_PERIOD_ENDED = "Start_PeriodEnded";
    public static final String TASK_CLOSE_BLOCKED = "Task_CloseBlockedSls";
    public static final String END_CLOSED = "End_ClosedAtPeriodEnd";

    // Forms.
    public static final String FORM_KOSEKA = "access-record-koseka";
    public static final String FORM_PML = "access-record-pml";
    public static final String FORM_ARRANGE = "access-arrange";

    private SlsAccessProcess() {
    }
}
