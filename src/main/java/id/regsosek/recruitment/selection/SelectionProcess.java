package id.regsosek.recruitment.selection;

import id.regsosek.recruitment.RecruitmentProcess;

/** Ids of the district-selection process (one per district and campaign, business key campaign/district). */
public final class SelectionProcess {

    public static final String KEY = "district-selection";
    /** DMN: PML or PPL for a selected candidate (inputs: experience, combined score). */
    public static final String DECISION_ROLE = "role-assignment";
    public static final String DMN_HAS_EXPERIENCE = "hasExperience";
    public static final String DMN_COMBINED_SCORE = "combinedScore";

    public static final String CAMPAIGN_KEY = RecruitmentProcess.CAMPAIGN_KEY;
    public static final String DISTRICT_CODE = RecruitmentProcess.DISTRICT_CODE;
    /** The proposed ranked list as text, shown on the confirmation form. */
    public static final String RANKED_LIST = "rankedList";
    public static final String SWAP_IN = "swapIn";
    public static final String SWAP_OUT = "swapOut";
    public static final String SWAP_REASON = "swapReason";
    public static final String CONFIRMED_BY = "confirmedBy";
    public static final String SHORT_OF = "shortOf";

    public static final String START = "Start_DistrictSelection";
    public static final String PROPOSE = "Task_ProposeSelection";
    public static final String CONFIRM = "Task_ConfirmSelection";
    public static final String PUBLISH = "Task_PublishSelection";
    public static final String END = "End_SelectionPublished";
    public static final String REVIEW_SHORTFALL = "Task_ReviewShortfall";

    private SelectionProcess() {
    }

    public static String businessKey(String campaign, String district) {
        return campaign + "/" + district;
    }
}
