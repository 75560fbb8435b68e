package id.regsosek.visit;

import id.regsosek.period.PeriodProcess;

/** Names of the household-visit process: key, message, variables, activity ids (BPMN and code share these). */
public final class VisitProcess {

    public static final String KEY = "household-visit";
    /** Caught by the fieldwork's boundary event: sent by the regency's enumeration-period instance at its end. */
    public static final String MESSAGE_PERIOD_ENDED = PeriodProcess.MESSAGE_PERIOD_ENDED;

    // Variables: ids and small decisions only.
    public static final String FAMILY_ID = "familyId";
    public static final String SLS_ID = "slsId";
    /** The head's NIK keyed in Tasklist: personal data, moved into family_member and kept out of history. */
    public static final String HEAD_NIK = "headNik";
    /** Task-local column of a visit task (Tasklist shows it): the head's name, kept out of the history tables. */
    public static final String HEAD_COLUMN = "kepalaKeluarga";
    /** Every member as one list (names, NIKs): personal data, moved into family_member, kept out of history. */
    public static final String MEMBERS = "members";
    /**
     * The Tasklist forms' fixed member rows (visit-family, visit-correct): member1Name .. member20Work; a row shows
     * once the one before has a name. Tasklist 7.24 keeps Complete disabled once a field of a form-js dynamic list
     * is edited, so the forms have fixed rows instead of a dynamic list. 20, not the field API's 60
     * (regsosek.visit.max-members): form-js re-evaluates every row's conditions on each keystroke, and 60 rows made
     * the form several times slower to fill; a family card rarely lists more than 20, and a correction keeps the
     * members past the form's rows as the field app sent them (CorrectionCarryOver).
     */
    public static final int MEMBER_ROWS = 20;
    /** The fields of one member row (a birth date as form-js sends it: 1980-05-12). */
    public static final java.util.List<String> MEMBER_FIELDS = java.util.List.of("name", "nik", "relationship", "sex",
            "birthDate", "age", "education", "work", "disability");

    /** The variable of one member row's field: memberField(2, "nik") is member2Nik. */
    public static String memberField(int row, String field) {
        return "member" + row + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
    /** The same name as AreaAssignmentProcess.SLS_CODE: a departed officer's open tasks are moved by it. */
    public static final String SLS_CODE = "slsCode";
    public static final String PPL_USER = "pplUser";
    public static final String PML_USER = "pmlUser";
    public static final String MAX_ATTEMPT_DAYS = "maxAttemptDays";
    public static final String RESULT_CODE = "resultCode";
    public static final String ATTEMPT_DAYS = "attemptDays";
    /** The day of the first visit in the PPL's plan (set when the SLS's visits start): the task's follow-up. */
    public static final String PLANNED_DAY = "plannedDay";
    public static final String REVISIT_AT = "revisitAt";
    public static final String APPOINTMENT_AT = "appointmentAt";
    public static final String CONVINCED = "convinced";
    public static final String MOVE_CONFIRMED = "moveConfirmed";
    public static final String APPROVED = "approved";
    public static final String RETURN_REASON = "returnReason";
    public static final String SLS_ALL_FINAL = "slsAllFinal";
    public static final String CLIENT_ATTEMPT_ID = "clientAttemptId";
    public static final String VISITED_AT = "visitedAt";
    public static final String NOTE = "note";
    public static final String PRELIST_STATUS = "prelistStatus";
    public static final String NEW_FAMILY_HEAD = "newFamilyHead";
    // Display variables of the PML's check (task-local JSON, read from our tables; the NIK masked).
    public static final String FORM_FAMILY = "formFamily";
    public static final String FORM_MEMBERS = "formMembers";
    public static final String FORM_HOUSING = "formHousing";
    public static final String FORM_ASSETS = "formAssets";
    public static final String FORM_ASSISTANCE = "formAssistance";
    public static final String FORM_ATTEMPTS = "formAttempts";
    public static final String FORM_CHECKS = "formChecks";
    /**
     * A closed building's access note (allowed hours, contact person): set by the system when the visits of an SLS
     * that needed the management's permission start, shown on every task of its families. Holds a phone number:
     * kept out of history.
     */
    public static final String ACCESS_NOTE = "accessNote";
    /** The access contact's phone as the sls-access forms send it: personal data, kept out of history. */
    public static final String ACCESS_CONTACT_PHONE = "contactPhone";

    // Activities.
    public static final String TASK_VISIT = "Task_VisitFamily";
    public static final String TASK_RECORD_VISIT = "Task_RecordVisit";
    public static final String TASK_SCHEDULE_REVISIT = "Task_ScheduleRevisit";
    public static final String TIMER_REVISIT = "Timer_Revisit";
    public static final String TASK_NON_CONTACT_HELP = "Task_NonContactHelp";
    public static final String TIMER_APPOINTMENT = "Timer_Appointment";
    public static final String TASK_CONVINCE_PML = "Task_ConvincePml";
    public static final String TASK_CONVINCE_OFFICIAL = "Task_ConvinceOfficial";
    public static final String TASK_CONFIRM_MOVE = "Task_ConfirmMove";
    public static final String TASK_CHECK_FORM = "Task_CheckForm";
    public static final String TASK_CORRECT_FORM = "Task_CorrectForm";
    public static final String BOUNDARY_PERIOD_ENDED = "Boundary_PeriodEnded";
    public static final String TASK_CLOSE_OUT = "Task_CloseOut";
    public static final String TASK_NOTIFY_CLOSE_OUT = "Task_NotifyCloseOut";
    public static final String END_FINAL = "End_Final";
    public static final String END_CLOSED_OUT = "End_ClosedOut";
    public static final String END_CLOSED_OUT_TOLD = "End_ClosedOutTold";

    // Result codes of question 205.
    public static final int COMPLETE = 1;
    public static final int INCOMPLETE = 2;
    public static final int NO_RESPONDENT = 3;
    public static final int REFUSED = 4;
    public static final int MOVED = 5;

    private VisitProcess() {
    }
}
