package id.regsosek.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The one CSV writer of every export (RFC 4180: comma, quotes doubled, LF between records), safe to open in a
 * spreadsheet. Following the OWASP guidance on CSV injection, a text cell that begins with {@code = + - @}, a tab
 * or a carriage return is written as text: prefixed with a single quote and quoted, so a name like
 * {@code =HYPERLINK(...)} is shown, never run. The cell's type decides: a {@link Number} is a numeric column and
 * is written as the number it is (a negative number stays a number); every other value is text.
 */
public final class CsvWriter {

    private static final String TRIGGERS = "=+-@\t\r";

    private final Appendable out;

    public CsvWriter(Appendable out) {
        this.out = out;
    }

    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public CsvWriter row(List<?> cells) {
        try {
            if (cells.size() == 1 && cell(cells.get(0)).isEmpty()) {
                // A lone empty cell would be an empty line, which readers skip: keep the record.
                out.append("\"\"\n");
                return this;
            }
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(cells.get(i)));
            }
            out.append('\n');
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell as written: a number as it is, text neutralised and quoted as needed. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.toString();
        }
        String text = value.toString();
        boolean formulaLike = !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
        if (formulaLike) {
            text = "'" + text;
        }
        if (formulaLike || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** A whole file in memory: header and rows. */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder();
        CsvWriter w = new CsvWriter(out).row(header);
        rows.forEach(w::row);
        return out.toString();
    }
}
