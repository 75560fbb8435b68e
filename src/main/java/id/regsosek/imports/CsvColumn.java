package id.regsosek.imports;

import java.util.List;

/**
 * A column an import reads: its header name (lower case), the most characters a value may have (the width of
 * the table column it is stored in, so no value is cut or refused by the database) and whether the header must
 * have it.
 */
public record CsvColumn(String name, int maxLength, boolean required) {

    public static final int SHAPED = 40;

    public static CsvColumn of(String name, int maxLength) {
        return new CsvColumn(name, maxLength, true);
    }

    /**
     * A value whose shape the import checks itself (a code, a number, a date, a choice), which is stricter than
     * the column's width: a generous bound here keeps the specific message ("SLS code must be 4 digits") and
     * still bounds what a message may repeat.
     */
    public static CsvColumn shaped(String name) {
        return new CsvColumn(name, SHAPED, true);
    }

    public static CsvColumn optional(String name, int maxLength) {
        return new CsvColumn(name, maxLength, false);
    }

    public static List<String> names(List<CsvColumn> columns) {
        return columns.stream().filter(CsvColumn::required).map(CsvColumn::name).toList();
    }
}
