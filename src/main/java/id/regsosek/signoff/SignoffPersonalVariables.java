package id.regsosek.signoff;

import id.regsosek.common.PersonalVariables;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The sign-off tasks' family table names every family head of the SLS: kept out of the engine's history. */
@Component
public class SignoffPersonalVariables implements PersonalVariables {

    @Override
    public Set<String> names() {
        return Set.of(AreaSignoffProcess.VAR_FAMILIES);
    }
}
