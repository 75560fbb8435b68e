package id.regsosek.visit;

import id.regsosek.common.Nik;
import id.regsosek.common.NotFoundException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A family the PPL finds that is not on the prelist: added to the SLS, and its own household-visit started. */
@Service
public class NewFamilies {

    public record Added(long familyId, long slsId) {
    }

    /** Column lengths of family: head_name, address. */
    static final int HEAD_NAME_LENGTH = 120;
    static final int ADDRESS_LENGTH = 200;

    private final JdbcTemplate jdbc;
    private final VisitStarter starter;

    public NewFamilies(JdbcTemplate jdbc, VisitStarter starter) {
        this.jdbc = jdbc;
        this.starter = starter;
    }

    @Transactional
    public Added add(long slsId, String headName, String address, String kkNumber) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldText.line("headName", headName, HEAD_NAME_LENGTH, true, problems);
        FieldText.line("address", address, ADDRESS_LENGTH, false, problems);
        if (kkNumber != null && !kkNumber.isBlank() && !Nik.wellFormed(kkNumber.trim())) {
            problems.add(new FieldProblem("kkNumber", "nomor KK harus 16 angka"));
        }
        FieldText.require(problems);
        String regency = jdbc.query("select regency_code from sls where id = ?", rs -> rs.next() ? rs.getString(1)
                : null, slsId);
        if (regency == null) {
            throw new NotFoundException("no SLS " + slsId);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("insert into family (regency_code, sls_id, kk_number, head_name,"
                    + " address, origin, prelist_status) values (?, ?, ?, ?, ?, 'NEW', 'NEW')", new String[] {"id"});
            ps.setString(1, regency);
            ps.setLong(2, slsId);
            ps.setString(3, kkNumber == null || kkNumber.isBlank() ? null : kkNumber.trim());
            ps.setString(4, headName.trim());
            ps.setString(5, address == null || address.isBlank() ? null : address.trim());
            return ps;
        }, key);
        long familyId = key.getKey().longValue();
        if (starter.startVisitForFamily(familyId) != 1) {
            throw new IllegalStateException("SLS " + slsId + " has no approved assignment with a PPL and a PML;"
                    + " its new family cannot be visited yet");
        }
        return new Added(familyId, slsId);
    }
}
