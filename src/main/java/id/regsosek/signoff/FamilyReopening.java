package id.regsosek.signoff;

import java.util.List;

/**
 * Sends reopened families back to the household visits. The visit feature provides the implementation and is the
 * one place that clears a family's final result; the sign-off only needs this one call.
 */
public interface FamilyReopening {

    void reopen(long slsId, List<Long> familyIds, String reason);
}
