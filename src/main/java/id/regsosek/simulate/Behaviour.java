package id.regsosek.simulate;

import java.util.SplittableRandom;

/**
 * How one family behaves, drawn from the seed and the family's own key (SLS code and head name), never from the
 * order in which the simulation meets it: the same seed gives every family the same behaviour whatever the
 * threads do. At most one of refusal, moved and hard to reach; the others combine.
 */
record Behaviour(boolean notHomeFirst, boolean incomplete, boolean refuses, boolean pmlConvinces,
                 boolean officialConvinces, boolean moved, boolean newFamily, boolean pmlReturn, boolean hardToReach,
                 boolean reachedAfterHelp, long dataSeed) {

    static Behaviour of(long seed, String familyKey, boolean newFamily, SimulationOptions.Rates r) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + familyKey.hashCode());
        double kind = random.nextDouble();
        boolean refuses = kind < r.refusal();
        boolean moved = !refuses && kind < r.refusal() + r.moved();
        boolean hard = !refuses && !moved && kind < r.refusal() + r.moved() + r.hardToReach();
        return new Behaviour(random.nextDouble() < r.notHomeFirst(), random.nextDouble() < r.incomplete(), refuses,
                random.nextDouble() < r.convinced(), random.nextDouble() < r.convinced(), moved,
                !newFamily && random.nextDouble() < r.newFamily(), random.nextDouble() < r.pmlReturn(), hard,
                random.nextDouble() < r.convinced(), random.nextLong());
    }
}
