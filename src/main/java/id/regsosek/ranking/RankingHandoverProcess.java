package id.regsosek.ranking;

/** Names of the ranking-handover process: one per regency campaign, business key = campaign key (32.16-2022). */
public final class RankingHandoverProcess {

    public static final String KEY = "ranking-handover";

    public static final String VAR_CAMPAIGN = "campaignKey";
    public static final String VAR_MISSING_SLS = "missingSls";
    public static final String VAR_MISSING_LIST = "missingSlsList";
    public static final String VAR_FORCE_DECISION = "forceDecision";
    public static final String VAR_FORCE_REASON = "forceReason";
    public static final String VAR_PACKAGE_DIR = "packageDir";
    public static final String VAR_DISTRIBUTION = "decileDistribution";
    public static final String VAR_PUBLICATION = "publicationDecision";
    public static final String VAR_PUBLICATION_REASON = "publicationReason";

    public static final String FORCE = "FORCE";
    public static final String WAIT = "WAIT";
    public static final String PUBLISH = "PUBLISH";
    public static final String REJECT = "REJECT";

    public static final String TASK_COUNT_ACCEPTED = "Task_CountAcceptedSls";
    public static final String TASK_CONFIRM_FORCED = "Task_ConfirmForcedHandover";
    public static final String END_POSTPONED = "End_HandoverPostponed";
    public static final String TASK_ACCOUNTING = "Task_AccountingCheck";
    public static final String TASK_PACKAGE = "Task_WritePackage";
    public static final String TASK_RANK = "Task_RankFamilies";
    public static final String TASK_REVIEW = "Task_ReviewDistribution";
    public static final String TASK_PUBLISH = "Task_PublishConsultationLists";
    /** Opens a village-forum instance for every village with ranked families (feature forum). */
    public static final String TASK_START_FORUMS = "Task_StartVillageForums";
    public static final String END_PUBLISHED = "End_Published";
    public static final String TASK_RECORD_REJECTION = "Task_RecordRejection";
    public static final String END_NOT_PUBLISHED = "End_NotPublished";

    private RankingHandoverProcess() {
    }
}
