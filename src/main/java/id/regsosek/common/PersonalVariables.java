package id.regsosek.common;

import java.util.Set;

/**
 * Names of process variables that carry personal data and must never reach the engine's history tables. A feature
 * whose forms take such data provides a bean of this type; {@link PersonalDataHistoryFilter} collects them all, so
 * this package needs to know no feature.
 */
public interface PersonalVariables {

    Set<String> names();
}
