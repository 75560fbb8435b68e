package id.regsosek.dashboard;

import id.regsosek.csv.CsvWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Any list of records as CSV: a header of the component names, one line per record, through the one
 * {@link CsvWriter}: numeric components stay numbers, text (names, messages, codes) is neutralised.
 */
final class RecordCsv {

    private RecordCsv() {
    }

    static String write(Class<? extends Record> type, List<? extends Record> rows) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> header = new ArrayList<>();
        for (RecordComponent c : components) {
            header.add(c.getName());
        }
        List<List<Object>> lines = new ArrayList<>();
        try {
            for (Record row : rows) {
                List<Object> line = new ArrayList<>();
                for (RecordComponent c : components) {
                    line.add(c.getAccessor().invoke(row));
                }
                lines.add(line);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName(), e);
        }
        return CsvWriter.write(header, lines);
    }
}
