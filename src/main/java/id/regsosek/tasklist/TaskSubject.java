package id.regsosek.tasklist;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a task is about, as Tasklist shows it: the text after the step's name ("Kunjungi keluarga: ...") and the
 * key values, set as task-local variables for the filters' columns ({@link TaskColumns}); and its district (for
 * the district's Koseka), which a family task does not store: a million visit tasks carry few variables.
 * No NIK, no phone.
 */
public record TaskSubject(String title, Map<String, Object> columns, String district) {

    public TaskSubject {
        columns = new LinkedHashMap<>(columns);
    }

    /** A subject whose district, if any, is its {@link TaskColumns#DISTRICT} column. */
    public TaskSubject(String title, Map<String, Object> columns) {
        this(title, columns, columns.get(TaskColumns.DISTRICT) == null ? null
                : columns.get(TaskColumns.DISTRICT).toString());
    }
}
