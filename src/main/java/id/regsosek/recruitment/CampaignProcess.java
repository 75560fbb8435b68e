package id.regsosek.recruitment;

/** Names of the recruitment-campaign process: one per regency campaign, business key = campaign key (32.16-2022). */
public final class CampaignProcess {

    public static final String KEY = "recruitment-campaign";

    public static final String REGISTRATION_CLOSES = "registrationCloses";
    public static final String TRAINING_PLACE = "trainingPlace";
    public static final String TRAINING_START = "trainingStart";
    public static final String TRAINING_DAYS = "trainingDays";
    public static final String DISTRICTS = "selectionDistricts";
    public static final String CLASSES = "trainingClassesPlanned";

    public static final String TASK_OPEN = "Task_OpenRegistration";
    public static final String TIMER_CLOSED = "Timer_RegistrationClosed";
    public static final String TASK_START_SELECTIONS = "Task_StartDistrictSelections";
    public static final String TASK_CONFIRM = "Task_ConfirmSelectionsDone";
    public static final String TASK_PLAN_TRAINING = "Task_PlanTraining";
    public static final String END = "End_TrainingPlanned";

    private CampaignProcess() {
    }
}
