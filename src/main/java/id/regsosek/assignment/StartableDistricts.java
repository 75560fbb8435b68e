package id.regsosek.assignment;

import id.regsosek.identity.SystemCalls;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Which districts of a regency may have their area assignment started: a district of the regency's frame with no
 * assignment running and none approved. The start form lists them; the process's first step checks the chosen one
 * again under a lock on the district's row, so two starts of one district at the same moment run one after the
 * other and the second finds the first.
 */
@Service
public class StartableDistricts {

    /** A district as the start form lists it, with its deployed officers. */
    public record District(String code, String name, int ppl, int pml) {
    }

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final IdentityService identity;

    public StartableDistricts(JdbcTemplate jdbc, RuntimeService runtime, IdentityService identity) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.identity = identity;
    }

    public List<District> of(String regency) {
        Set<String> running = running(regency, null);
        return jdbc.query("select d.code, d.name,"
                + " (select count(*) from officer o where o.home_district_code = d.code and o.role = 'PPL'"
                + " and o.status = 'ACTIVE'), (select count(*) from officer o where o.home_district_code = d.code"
                + " and o.role = 'PML' and o.status = 'ACTIVE') from district d where d.regency_code = ? and not"
                + " exists (select 1 from sls_assignment a where a.district_code = d.code and a.status = 'APPROVED')"
                + " order by d.code", (rs, i) -> new District(rs.getString(1), rs.getString(2), rs.getInt(3),
                rs.getInt(4)), regency).stream().filter(d -> !running.contains(d.code())).toList();
    }

    /**
     * Refuses, in words for the admin, a district that is not the regency's or whose assignment runs or was approved.
     *
     * @param self the instance being started (not counted as running)
     */
    public void requireStartable(String regency, String district, String self) {
        String shown = DistrictChoice.shown(district);
        if (!district.startsWith(regency + ".")) {
            throw new IllegalArgumentException("Kecamatan " + shown + " bukan milik kabupaten/kota Anda (" + regency
                    + "). Pilih kecamatan dari daftar.");
        }
        // The row lock serialises two starts of the same district (the engine's query alone would not).
        if (jdbc.queryForList("select code from district where code = ? and regency_code = ? for update",
                String.class, district, regency).isEmpty()) {
            throw new IllegalArgumentException("Kecamatan " + shown + " tidak ada dalam kerangka wilayah " + regency
                    + ". Pilih kecamatan dari daftar.");
        }
        if (!running(regency, district).stream().allMatch(id -> id.equals(self))) {
            throw new IllegalArgumentException("Penugasan wilayah kecamatan " + shown + " sudah berjalan: lanjutkan"
                    + " dari tugas tinjauan Koseka yang ada, jangan dimulai dua kali.");
        }
        if (jdbc.queryForObject("select count(*) from sls_assignment where district_code = ? and status = 'APPROVED'",
                Integer.class, district) > 0) {
            throw new IllegalArgumentException("Penugasan wilayah kecamatan " + shown + " sudah disetujui. Petugas"
                    + " yang berhenti dilaporkan lewat laporan petugas berhenti, tidak dengan memulai ulang.");
        }
    }

    /** Business keys of the regency's running assignments (district null), or the ids of one district's. */
    private Set<String> running(String regency, String district) {
        return SystemCalls.asSystem(identity, () -> {
            var query = runtime.createProcessInstanceQuery().processDefinitionKey(AreaAssignmentProcess.KEY)
                    .tenantIdIn(regency);
            if (district != null) {
                return query.processInstanceBusinessKey(district).list().stream().map(ProcessInstance::getId)
                        .collect(Collectors.toSet());
            }
            return query.list().stream().map(ProcessInstance::getBusinessKey).collect(Collectors.toSet());
        });
    }
}
