package id.regsosek.support;

import id.regsosek.frame.AreaFiles;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import java.nio.charset.StandardCharsets;

/**
 * Kota Cimahi (32.77), one village of 30 SLS, with its own regency admin: the regency whose enumeration period the
 * tests end and move, so that closing a period never touches the demo regency's visits other tests use.
 */
public final class PeriodRegency {

    public static final String CODE = "32.77";
    public static final String VILLAGE = "32.77.01.1001";
    public static final String ADMIN = "admin77";
    public static final String PASSWORD = "demo";
    static final int SLS = 30;

    private PeriodRegency() {
    }

    public static void ensure(FrameImports imports, RegencyUsers users) {
        var frame = imports.importArea(CODE, new AreaFiles(utf8("code,province_code,name\n32.77,32,Kota Cimahi\n"),
                utf8("code,regency_code,name\n32.77.01,32.77,Cimahi Selatan\n"),
                utf8("code,district_code,name\n" + VILLAGE + ",32.77.01,Melong\n")), "test");
        StringBuilder sls = new StringBuilder("village_code,sls_code,sub_sls,name,type,expected_families\n");
        for (int i = 1; i <= SLS; i++) {
            sls.append(VILLAGE).append(',').append(String.format("%04d", i)).append(",00,RT ")
                    .append(String.format("%03d", i)).append(",SLS,10\n");
        }
        var slsReport = imports.importSls(CODE, "sls.csv", utf8(sls.toString()), "test");
        if (!"DONE".equals(frame.state()) || !"DONE".equals(slsReport.state())) {
            throw new IllegalStateException("period regency frame: " + frame.problems() + slsReport.problems());
        }
        users.ensure(new RegencyUsers.NewUser(ADMIN, "Admin", "Kota Cimahi", null, PASSWORD, Groups.REGENCY_ADMIN,
                CODE));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
