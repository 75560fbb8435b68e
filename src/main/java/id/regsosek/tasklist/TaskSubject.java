package id.regsosek.tasklist;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a task is about, as Tasklist shows it: the text after the step's name ("Kunjungi keluarga: ...") and the
 * key values, set as task-local variables for the filters' columns ({@link TaskColumns}). No NIK, no phone.
 */
public record TaskSubject(String title, Map<String, Object> columns) {

    public TaskSubject {
        columns = new LinkedHashMap<>(columns);
    }
}
