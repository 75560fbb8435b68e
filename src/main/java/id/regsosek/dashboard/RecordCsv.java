package id.regsosek.dashboard;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/** Any list of records as CSV: a header of the component names, one line per record. */
final class RecordCsv {

    private RecordCsv() {
    }

    static String write(Class<? extends Record> type, List<? extends Record> rows) {
        RecordComponent[] components = type.getRecordComponents();
        StringWriter out = new StringWriter();
        try (CSVWriter csv = new CSVWriter(out)) {
            String[] header = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                header[i] = components[i].getName();
            }
            csv.writeNext(header, false);
            for (Record row : rows) {
                String[] line = new String[components.length];
                for (int i = 0; i < components.length; i++) {
                    Object v = components[i].getAccessor().invoke(row);
                    line[i] = v == null ? "" : v.toString();
                }
                csv.writeNext(line, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName(), e);
        }
        return out.toString();
    }
}
