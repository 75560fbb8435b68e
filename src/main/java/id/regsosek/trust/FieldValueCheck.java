package id.regsosek.trust;

import java.util.Date;

/** One editable field's value against its kind and the limits its form declares; null when it is acceptable. */
final class FieldValueCheck {

    private FieldValueCheck() {
    }

    static String problem(FormField field, Object value) {
        if (value == null || (value instanceof String s && s.isEmpty())) {
            return null;
        }
        return switch (field.type()) {
            case "number" -> number(field, value);
            case "checkbox" -> value instanceof Boolean || "true".equals(value) || "false".equals(value)
                    ? null : "harus ya atau tidak (true/false)";
            case "datetime" -> value instanceof Date || value instanceof String s && FormInputCheck.dateText(s)
                    ? null : "harus tanggal/waktu (2022-10-20 atau 2022-10-20T09:30)";
            case "radio", "select" -> field.options().isEmpty() || field.options().contains(value.toString())
                    ? null : "bernilai '" + shorten(value.toString()) + "', bukan salah satu pilihan formulir";
            default -> text(field, value);
        };
    }

    private static String number(FormField field, Object value) {
        double d;
        if (value instanceof Number n) {
            d = n.doubleValue();
        } else {
            try {
                d = Double.parseDouble(value.toString().trim());
            } catch (NumberFormatException e) {
                return "harus berupa angka";
            }
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "harus berupa angka";
        }
        if ((field.min() != null && d < field.min()) || (field.max() != null && d > field.max())) {
            return "harus antara " + bound(field.min()) + " dan " + bound(field.max());
        }
        return null;
    }

    private static String text(FormField field, Object value) {
        if (!(value instanceof String s)) {
            return "harus berupa teks";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowedBreak = field.multiline() && (c == '\n' || c == '\r' || c == '\t');
            if (Character.isISOControl(c) && !allowedBreak) {
                return "berisi karakter kontrol (kode " + (int) c + ") pada posisi " + (i + 1);
            }
        }
        int max = field.maxLength() == null ? FormField.MAX_TEXT : Math.min(field.maxLength(), FormField.MAX_TEXT);
        if (s.length() > max) {
            return "paling panjang " + max + " karakter (dikirim " + s.length() + ")";
        }
        if (field.minLength() != null && s.length() < field.minLength()) {
            return "paling pendek " + field.minLength() + " karakter";
        }
        if (field.pattern() != null && !field.pattern().matcher(s).matches()) {
            return "tidak sesuai format yang diminta formulir";
        }
        return null;
    }

    private static String bound(Double d) {
        if (d == null) {
            return "-";
        }
        return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
