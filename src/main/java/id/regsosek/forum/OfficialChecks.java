package id.regsosek.forum;

import id.regsosek.identity.Groups;
import id.regsosek.identity.SystemCalls;
import id.regsosek.imports.CsvRow;
import id.regsosek.imports.CsvTable;
import id.regsosek.imports.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows of a village-officials file, each checked and named by line and column: the login name's shape and
 * that it is once in the file and not someone else's (another role, another regency), a name, a mail address (the
 * first password goes there), the phone's shape (never repeated in a message), a village of the caller's regency.
 */
@Component
class OfficialChecks {

    private static final Pattern USER = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    private static final Pattern VILLAGE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

    private final JdbcTemplate jdbc;
    private final IdentityService identity;

    OfficialChecks(JdbcTemplate jdbc, IdentityService identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    List<OfficialImport.Official> check(String regency, CsvTable table, Problems problems) {
        Map<String, Integer> firstLine = new HashMap<>();
        List<OfficialImport.Official> out = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            int before = problems.count();
            String user = row.get("username");
            if (!USER.matcher(user).matches()) {
                problems.add(row, "username", "nama pengguna '" + user + "' tidak sah: 3-40 huruf kecil, angka, '.',"
                        + " '_' atau '-', diawali huruf kecil atau angka");
            } else if (firstLine.putIfAbsent(user, row.line()) != null) {
                problems.add(row, "username", "nama pengguna " + user + " sudah ada di baris " + firstLine.get(user)
                        + " berkas ini");
            } else {
                owner(user, regency).ifPresent(why -> problems.add(row, "username", why));
            }
            if (row.get("full_name").isEmpty()) {
                problems.add(row, "full_name", "nama lengkap wajib diisi");
            }
            String email = row.get("email");
            if (email.isEmpty() || !EMAIL.matcher(email).matches()) {
                problems.add(row, "email", email.isEmpty() ? "email wajib diisi: kata sandi awal dikirim ke sana"
                        : "email tidak sah (mis. nama@desa.id)");
            }
            String phone = row.get("phone").replace(" ", "").replace("-", "");
            if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
                problems.add(row, "phone", "nomor telepon tidak sah: 8-15 angka, boleh diawali '+'");
            }
            village(row.get("village_code"), regency).ifPresent(why -> problems.add(row, "village_code", why));
            if (problems.count() == before) {
                out.add(new OfficialImport.Official(row.line(), user, row.get("full_name"), email,
                        phone.isEmpty() ? null : phone, row.get("village_code")));
            }
        }
        return out;
    }

    /** Why the village cannot be this regency's official's, if it cannot. */
    private Optional<String> village(String code, String regency) {
        if (!VILLAGE.matcher(code).matches()) {
            return Optional.of("kode desa '" + code + "' tidak sah (mis. " + regency + ".01.2001)");
        }
        List<String> of = jdbc.queryForList("select regency_code from village where code = ?", String.class, code);
        if (of.isEmpty()) {
            return Optional.of("desa " + code + " tidak dikenal");
        }
        return regency.equals(of.get(0)) ? Optional.empty() : Optional.of("desa " + code
                + " ada di kabupaten/kota lain (" + of.get(0) + "), bukan wilayah Anda (" + regency + ")");
    }

    /** Why an existing login of that name is not one this import may update: another role or regency. */
    private Optional<String> owner(String user, String regency) {
        return SystemCalls.asSystem(identity, () -> {
            if (identity.createUserQuery().userId(user).count() == 0) {
                return Optional.empty();
            }
            List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                    .toList();
            if (!groups.equals(List.of(Groups.VILLAGE_OFFICIAL))) {
                return Optional.of("nama pengguna " + user + " sudah dipakai pengguna dengan peran lain;"
                        + " pilih nama lain");
            }
            List<String> tenants = identity.createTenantQuery().userMember(user).list().stream()
                    .map(Tenant::getId).toList();
            return tenants.equals(List.of(regency)) ? Optional.empty() : Optional.of(
                    "nama pengguna " + user + " sudah dipakai perangkat desa kabupaten/kota lain; pilih nama lain");
        });
    }
}
