package id.regsosek.forum;

/**
 * Names of the village-forum process: one instance per campaign and village (business key
 * {@code 32.16-2022/32.16.01.2001}), started by the system when the ranking's publication is approved.
 */
public final class VillageForumProcess {

    public static final String KEY = "village-forum";

    // Variables. The village and campaign are the business key; these are what the form shows and what is sent.
    /** Shown on the form: the village's name and code, the forum's due date (set by the system). */
    public static final String VAR_VILLAGE_INFO = "villageInfo";
    /** Shown on the form: where the village's list is downloaded (set by the system). */
    public static final String VAR_LIST_LINK = "listLink";
    /** When the forum is late (the boundary timer's date). */
    public static final String VAR_DUE = "forumDue";
    /** Keyed by the official: one correction per line, {@code family id; reason} (or pasted CSV lines). */
    public static final String VAR_CORRECTIONS = "corrections";
    public static final String VAR_NOTE = "forumNote";
    /** Set by the system from what the listener accepted: whether any correction goes to re-verification. */
    public static final String VAR_HAS_CORRECTIONS = "hasCorrections";

    public static final String START = "Start_ListPublished";
    public static final String TASK_HOLD = "Task_HoldForum";
    public static final String TIMER_LATE = "Timer_ForumLate";
    public static final String TASK_REMIND = "Task_RemindLate";
    public static final String END_REMINDED = "End_Reminded";
    public static final String GATEWAY_CORRECTIONS = "Gateway_Corrections";
    public static final String TASK_REVERIFY = "Task_SendToReverification";
    public static final String END_REVERIFY = "End_SentToReverification";
    public static final String END_NO_CORRECTIONS = "End_NoCorrections";

    public static final String FORM = "forum-hold";
    public static final String MAIL_LATE = "forum-late";

    private VillageForumProcess() {
    }
}
