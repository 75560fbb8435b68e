package id.regsosek.recruitment;

/** Names of the recruitment-campaign process: one per regency campaign, business key = campaign key (32.16-2022). */
public final class CampaignProcess {

    public static final String KEY = "recruitment-campaign";

    // variables (start form)
    /** Optional (yyyy-MM-ddTHH:mm): empty opens registration at once. */
    public static final String REGISTRATION_OPENS = "registrationOpens";
    public static final String REGISTRATION_CLOSES = "registrationCloses";
    public static final String TRAINING_PLACE = "trainingPlace";
    public static final String TRAINING_START = "trainingStart";
    public static final String TRAINING_DAYS = "trainingDays";
    // variables (set by the steps)
    public static final String DISTRICTS = "selectionDistricts";
    /** Element variable of the multi-instance district selection (one district code per instance). */
    public static final String SELECTION_DISTRICT = "selectionDistrict";
    public static final String CLASSES = "trainingClassesPlanned";
    /** Every district handed over before the campaign got there (or no district at all): nothing to wait for. */
    public static final String HANDED_OVER_ALREADY = "handedOverAlready";

    // messages
    /** Correlated when every district of the campaign has handed its deployed officers to area assignment. */
    public static final String MSG_HANDED_OVER = "CampaignOfficersHandedOver";

    // activities
    public static final String TASK_PLAN = "Task_PlanCampaign";
    public static final String TIMER_OPENS = "Timer_RegistrationOpens";
    public static final String TASK_OPEN = "Task_OpenRegistration";
    public static final String TIMER_CLOSED = "Timer_RegistrationClosed";
    public static final String TASK_CLOSE = "Task_CloseRegistration";
    public static final String CALL_SELECTIONS = "Call_DistrictSelections";
    public static final String TASK_PUBLISH = "Task_PublishResults";
    public static final String TASK_PLAN_TRAINING = "Task_PlanTraining";
    public static final String GATEWAY_HANDED_OVER = "Gateway_HandedOverAlready";
    public static final String WAIT_HANDED_OVER = "Wait_OfficersHandedOver";
    public static final String TASK_RECORD_HANDOVER = "Task_RecordHandover";
    public static final String END = "End_OfficersHandedOver";

    private CampaignProcess() {
    }
}
