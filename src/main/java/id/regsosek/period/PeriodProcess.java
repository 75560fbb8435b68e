package id.regsosek.period;

/**
 * Names of the enumeration-period process (one per regency, business key = regency code): it holds the regency's
 * period end in a timer, follows the admin's moves, and at the end closes the open household visits in
 * parts of whole SLS, run side by side.
 */
public final class PeriodProcess {

    public static final String KEY = "enumeration-period";
    /** Correlated (business key = regency) when the regency admin moves the end: the timer is set anew. */
    public static final String MESSAGE_PERIOD_MOVED = "PeriodMoved";
    /** Correlated to each open household visit of the regency at the period's end (its boundary event). */
    public static final String MESSAGE_PERIOD_ENDED = "PeriodEnded";

    // Variables.
    public static final String PERIOD_END = "periodEnd";
    /** Visits closed per chunk (one job, one transaction); set from config at start, may be changed in Cockpit. */
    public static final String CLOSE_CHUNK = "closeChunk";
    /** Parts the close-out was planned in (0: nothing open); one parallel job each. */
    public static final String CLOSE_PARTS = "closeParts";

    // Activities.
    public static final String TASK_READ_PERIOD_END = "Task_ReadPeriodEnd";
    public static final String GATEWAY_WAIT = "Gateway_WaitPeriod";
    public static final String TIMER_PERIOD_END = "Timer_PeriodEnd";
    public static final String EVENT_PERIOD_MOVED = "Event_PeriodMoved";
    public static final String TASK_MARK_CLOSING = "Task_MarkClosing";
    public static final String TASK_PLAN_CLOSE_OUT = "Task_PlanCloseOut";
    public static final String GATEWAY_MORE_OPEN = "Gateway_MoreOpen";
    public static final String SUB_CLOSE_PART = "Sub_ClosePart";
    public static final String TASK_CLOSE_OPEN_VISITS = "Task_CloseOpenVisits";
    public static final String TASK_MARK_CLOSED = "Task_MarkClosed";
    public static final String END_PERIOD_CLOSED = "End_PeriodClosed";

    private PeriodProcess() {
    }
}
