package id.regsosek.assignment;

import id.regsosek.mail.Mailer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Queues one officer's area-list mail with the list as a CSV attachment (SLS codes, names, expected families). */
@Service
public class AreaListMail {

    public static final String TEMPLATE_APPROVED = "assignment-area-list";
    public static final String TEMPLATE_REASSIGNED = "assignment-reassigned";

    private final Mailer mailer;
    private final Officers officers;
    private final AssignmentRows rows;
    private final JdbcTemplate jdbc;

    public AreaListMail(Mailer mailer, Officers officers, AssignmentRows rows, JdbcTemplate jdbc) {
        this.mailer = mailer;
        this.officers = officers;
        this.rows = rows;
        this.jdbc = jdbc;
    }

    public void send(String template, long officerId) {
        Officers.Officer o = officers.byId(officerId);
        List<AssignmentRows.Row> list = rows.ofOfficer(o.districtCode(), o.id()).stream()
                .filter(r -> "PPL".equals(o.role()) ? Long.valueOf(o.id()).equals(r.pplId())
                        : Long.valueOf(o.id()).equals(r.pmlId())).toList();
        String districtName = jdbc.queryForObject("select name from district where code = ?", String.class,
                o.districtCode());
        Map<String, Object> values = Map.of("name", o.name(), "officerCode", o.code(), "role", o.role(),
                "districtName", districtName, "districtCode", o.districtCode(), "slsCount", list.size(),
                "families", list.stream().mapToInt(AssignmentRows.Row::expected).sum());
        mailer.send(o.regencyCode(), template, o.email(), values, "officer " + o.code(),
                new Mailer.Attachment("wilayah-tugas-" + o.code() + ".csv", "text/csv", csv(list)));
    }

    static byte[] csv(List<AssignmentRows.Row> list) {
        StringBuilder out = new StringBuilder("sls_code,sls_name,expected_families,ppl_code,pml_code\n");
        for (AssignmentRows.Row r : list) {
            out.append(r.slsCode()).append(',').append(quote(r.slsName())).append(',').append(r.expected())
                    .append(',').append(nullToEmpty(r.pplCode())).append(',').append(nullToEmpty(r.pmlCode()))
                    .append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
