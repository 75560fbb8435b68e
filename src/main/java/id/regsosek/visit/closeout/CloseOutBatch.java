package id.regsosek.visit.closeout;

import id.regsosek.visit.FamilyResults;
import id.regsosek.visit.SlsCompletion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The family side of one close-out part, in a few set-based statements instead of several per visit: the open
 * families get code 4 (last answer a refusal) or 3, their visits are marked closed out, and each SLS that is final
 * now tells its sign-off once (through {@link SlsCompletion}, the one sender) and names the one family whose visit
 * mails the PML. The visits are told PeriodEnded afterwards in the same transaction; their close-out step then
 * only reads what was written here.
 */
@Service
public class CloseOutBatch {

    private final FamilyResults results;
    private final SlsCompletion completion;

    public CloseOutBatch(FamilyResults results, SlsCompletion completion) {
        this.results = results;
        this.completion = completion;
    }

    /** Closes out the given open families; items of one SLS must all be here (a part holds whole SLS). */
    public void closeOut(List<CloseOutParts.Item> visits) {
        if (visits.isEmpty()) {
            return;
        }
        Map<Long, Long> lastFamilyOfSls = new LinkedHashMap<>();
        List<Long> families = new ArrayList<>(visits.size());
        for (CloseOutParts.Item item : visits) {
            families.add(item.familyId());
            lastFamilyOfSls.merge(item.slsId(), item.familyId(), Math::max);
        }
        int closed = results.closeOutAll(families);
        if (closed != families.size()) {
            // A family with an open visit but a final result: the same invariant the one-by-one path enforces.
            throw new IllegalStateException(families.size() - closed + " families of this part have a final"
                    + " result already");
        }
        Map<Long, String> codes = results.slsCodes(lastFamilyOfSls.keySet());
        for (Map.Entry<Long, Long> sls : lastFamilyOfSls.entrySet()) {
            if (completion.tellIfAllFinal(sls.getKey(), codes.get(sls.getKey()))) {
                results.markTellsSls(sls.getValue());
            }
        }
    }
}
