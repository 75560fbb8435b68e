package id.regsosek.recruitment.training;

/** Names of the officer-training process: one per class, business key = class key (campaign/district/Kn). */
public final class TrainingProcess {

    public static final String KEY = "officer-training";

    public static final String CLASS_KEY = "classKey";
    public static final String TRAINEES = "trainees";
    public static final String TRAINEE = "trainee";
    public static final String TRAINEE_LIST = "traineeList";
    public static final String RESULTS = "trainingResults";

    public static final String TASK_INVITE = "Task_InviteTrainee";
    public static final String TASK_RECORD = "Task_RecordTraining";
    public static final String TASK_APPLY = "Task_ApplyTrainingResults";
    public static final String END = "End_TrainingRecorded";
    /** A promoted reserve joins a planned make-up class: its own invitation in an event subprocess. */
    public static final String MSG_TRAINEE_JOINED = "TraineeJoined";
    public static final String TASK_INVITE_LATE = "Task_InviteLateTrainee";
    public static final String END_LATE_INVITED = "End_LateTraineeInvited";

    private TrainingProcess() {
    }
}
