package id.regsosek.startform;

import java.util.List;

/**
 * The choices of one start-form select for a person of a regency. Tasklist gives a start form no variables, so a
 * select whose component names {@link #valuesKey()} (form-js "valuesKey") gets these choices written into the form
 * as it is served ({@link StartFormOptionsFilter}). They guide the person only: the process's first step checks the
 * chosen value again (regency, state), since anyone may send any value to the REST API.
 */
public interface StartFormOptionSource {

    String valuesKey();

    List<StartFormOption> options(String regency);
}
