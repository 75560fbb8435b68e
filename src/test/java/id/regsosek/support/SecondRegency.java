package id.regsosek.support;

import id.regsosek.frame.AreaFiles;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import java.io.IOException;
import java.io.InputStream;

/** Kota Bekasi (32.75), a neighbour of the demo regency, with its own admin and PPL: for isolation tests. */
public final class SecondRegency {

    public static final String CODE = "32.75";
    public static final String ADMIN = "admin75";
    public static final String PPL = "ppl75";
    public static final String PASSWORD = "demo";

    private SecondRegency() {
    }

    public static void ensure(FrameImports imports, RegencyUsers users) {
        var report = imports.importArea(CODE, files(), "test");
        if (!"DONE".equals(report.state())) {
            throw new IllegalStateException("could not load " + CODE + ": " + report.problems());
        }
        users.ensure(new RegencyUsers.NewUser(ADMIN, "Admin", "Kota Bekasi", null, PASSWORD, Groups.REGENCY_ADMIN,
                CODE));
        users.ensure(new RegencyUsers.NewUser(PPL, "PPL", "Kota Bekasi", null, PASSWORD, Groups.PPL, CODE));
    }

    public static AreaFiles files() {
        return new AreaFiles(read("regencies.csv"), read("districts.csv"), read("villages.csv"));
    }

    public static byte[] read(String name) {
        try (InputStream in = SecondRegency.class.getResourceAsStream("/frame/32.75/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource frame/32.75/" + name, e);
        }
    }
}
