package id.regsosek.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records as RFC 4180 defines them, and nothing more: a field is either unquoted (no quote inside) or
 * quoted, where a doubled quote stands for one quote and separators and line breaks are data. A backslash is data
 * too: there are no escapes. Records end at LF or CRLF outside quotes, so a quoted line break keeps one record and
 * every consumer counts records, never lines. What breaks the grammar is kept as a {@link Fault} of the field
 * instead of being silently repaired, and the record still ends where the grammar says, so one fault never shifts
 * the line numbers of later records.
 */
public final class CsvRecords {

    /** One record: the physical line it starts on (1-based), its fields as written, what broke the grammar. */
    public record CsvRecord(int line, List<String> fields, List<Fault> faults) {

        /** A record of one empty field (an empty line) or of empty fields only (a row of separators). */
        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** A grammar fault in the field at {@code field} (0-based), its kind and an English reason. */
    public record Fault(int field, Kind kind, String reason) {
    }

    /** What broke the grammar. */
    public enum Kind { UNBALANCED_QUOTE, TEXT_AFTER_CLOSING_QUOTE, QUOTE_IN_UNQUOTED_VALUE }

    private final Reader in;
    private final char separator;
    private int line = 1;
    private int pushedBack = -2;

    /** @param in read one character at a time: give a buffered reader */
    public CsvRecords(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    public static CsvRecords of(String text, char separator) {
        return new CsvRecords(new StringReader(text), separator);
    }

    /** @return the next record, or null at the end of the input */
    public CsvRecord next() {
        try {
            int c = read();
            if (c == -1) {
                return null;
            }
            int start = line;
            List<String> fields = new ArrayList<>();
            List<Fault> faults = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            while (true) {
                int field = fields.size();
                if (c == '"') {
                    c = quoted(value, field, start, faults);
                } else {
                    c = unquoted(c, value, field, faults);
                }
                fields.add(value.toString());
                value.setLength(0);
                if (c == separator) {
                    c = read();
                    continue;
                }
                if (c == '\n') {
                    line++;
                }
                return new CsvRecord(start, List.copyOf(fields), List.copyOf(faults));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a quoted field after its opening quote; returns the character that ends the field. */
    private int quoted(StringBuilder value, int field, int start, List<Fault> faults) throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                faults.add(new Fault(field, Kind.UNBALANCED_QUOTE, "unbalanced quote: the quoted value that opens on line " + start
                        + " is never closed (a quote inside a value is written as two quotes \"\")"));
                return -1;
            }
            if (c == '"') {
                int next = read();
                if (next == '"') {
                    value.append('"');
                    continue;
                }
                return afterClosingQuote(next, value, field, faults);
            }
            if (c == '\n') {
                line++;
            }
            value.append((char) c);
        }
    }

    private int afterClosingQuote(int c, StringBuilder value, int field, List<Fault> faults) throws IOException {
        if (c == separator || c == '\n' || c == -1 || isCrlf(c)) {
            return c == '\r' ? read() : c;
        }
        faults.add(new Fault(field, Kind.TEXT_AFTER_CLOSING_QUOTE, "text after the closing quote (a quote inside a value is written as two"
                + " quotes \"\" and the whole value is put in quotes)"));
        return unquoted(c, value, field, new ArrayList<>());
    }

    /** Reads an unquoted field from its first character; returns the character that ends the field. */
    private int unquoted(int first, StringBuilder value, int field, List<Fault> faults) throws IOException {
        int c = first;
        boolean quoteFound = false;
        while (c != separator && c != '\n' && c != -1) {
            if (isCrlf(c)) {
                return read();
            }
            if (c == '"' && !quoteFound) {
                quoteFound = true;
                faults.add(new Fault(field, Kind.QUOTE_IN_UNQUOTED_VALUE, "a quote inside an unquoted value (put the whole value in quotes and"
                        + " write the quote twice: \"Jl. \"\"Melati\"\"\")"));
            }
            value.append((char) c);
            c = read();
        }
        return c;
    }

    /** A CR that is followed by LF ends a line; the LF is left to be read next. */
    private boolean isCrlf(int c) throws IOException {
        if (c != '\r') {
            return false;
        }
        int next = read();
        pushedBack = next;
        return next == '\n';
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }
}
