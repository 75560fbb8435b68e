package id.regsosek.assignment;

/** Names of the area-assignment process that other features and tests use (one instance per district). */
public final class AreaAssignmentProcess {

    public static final String KEY = "area-assignment";

    /** Starts a district's instance (business key = district code) once its officers are deployed. */
    public static final String MESSAGE_OFFICERS_DEPLOYED = "Message_OfficersDeployed";
    /** An officer left: correlate on the district's business key with {@link #OFFICER_ID} and {@link #REASON}. */
    public static final String MESSAGE_OFFICER_DROPOUT = "Message_OfficerDropout";
    /** Ends a district's instance when the operation is over (no more reassignments). */
    public static final String MESSAGE_OPERATION_CLOSED = "Message_AssignmentClosed";

    public static final String DISTRICT_CODE = "districtCode";
    public static final String REGENCY_CODE = "regencyCode";
    public static final String SUMMARY = "assignmentSummary";
    public static final String MOVES = "moves";
    /** The review's moves as picked in the form: moveFrom1 (an SLS or a PPL) goes to moveTo1 (an officer), ... */
    public static final int MOVE_ROWS = 5;
    // Display variables of a review (task-local JSON from the assignment tables).
    public static final String PLAN_OFFICERS = "planOfficers";
    public static final String MOVE_FROM_OPTIONS = "moveFromOptions";
    public static final String MOVE_TO_OPTIONS = "moveToOptions";

    public static String moveFrom(int row) {
        return "moveFrom" + row;
    }

    public static String moveTo(int row) {
        return "moveTo" + row;
    }
    public static final String APPROVED = "approved";
    /** Set by each chunk of "start fieldwork": whether another chunk may be left. */
    public static final String FIELDWORK_LEFT = "fieldworkLeft";
    public static final String OVERLOADED = "overloaded";
    public static final String OFFICER_ID = "officerId";
    public static final String REASON = "reason";
    /** Optional on the dropout message: the user who reported it (kept in the dropout record). */
    public static final String REPORTED_BY = "reportedBy";
    public static final String APPROVED_BY = "approvedBy";
    public static final String DROPOUT_ID = "dropoutId";
    /** Household work carries the SLS code so an officer's open tasks follow its SLS to the new officer. */
    public static final String SLS_CODE = "slsCode";

    public static final String START_MANUAL = "Start_ByRegencyAdmin";
    /** Start form of {@link #START_MANUAL}: the admin picks a district (forms/assignment-start.form). */
    public static final String START_FORM = "assignment-start";
    /** Checks the chosen district and makes it the business key (Tasklist cannot send one). */
    public static final String TASK_CHECK_DISTRICT = "Task_CheckDistrict";
    public static final String START_DEPLOYED = "Start_OfficersDeployed";
    public static final String TASK_PROPOSE = "Task_ProposeAssignment";
    public static final String TASK_REVIEW = "Task_ReviewAssignment";
    public static final String TASK_RECORD_APPROVAL = "Task_RecordApproval";
    public static final String TASK_MAIL_OFFICERS = "Task_MailAreaList";
    public static final String TASK_START_FIELDWORK = "Task_StartFieldwork";
    public static final String GATEWAY_FIELDWORK_LEFT = "Gateway_FieldworkLeft";
    public static final String WAIT_CLOSED = "Event_OperationClosed";
    public static final String TASK_PROPOSE_REASSIGNMENT = "Task_ProposeReassignment";
    public static final String TASK_REVIEW_REASSIGNMENT = "Task_ReviewReassignment";
    public static final String TASK_MOVE_OPEN_TASKS = "Task_MoveOpenTasks";
    public static final String TASK_MAIL_REASSIGNMENT = "Task_MailReassignment";
    public static final String END_APPROVED = "End_AssignmentClosed";
    public static final String END_REASSIGNED = "End_Reassigned";

    private AreaAssignmentProcess() {
    }
}
