package id.regsosek.tasklist;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A district's code and name from the frame, as title text and columns. */
@Component
class DistrictNames {

    private final JdbcTemplate jdbc;

    DistrictNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String title(String code) {
        return "Kecamatan " + code + " " + name(code);
    }

    Map<String, Object> columns(String code) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put(TaskColumns.DISTRICT, code);
        columns.put(TaskColumns.DISTRICT_NAME, name(code));
        return columns;
    }

    private String name(String code) {
        return jdbc.queryForList("select name from district where code = ?", String.class, code).stream()
                .findFirst().orElse("");
    }
}
