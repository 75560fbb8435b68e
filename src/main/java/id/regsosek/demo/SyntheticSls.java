package id.regsosek.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates the demo SLS list of Kabupaten Bekasi. SYNTHETIC: the village codes are real, the SLS, their names and
 * family counts are invented (BPS's SLS master is not public). About 4,200 SLS with about 1.05 million expected
 * families, as in the 2022 operation. Reproducible: java.util.Random with a fixed seed gives the same file on any
 * JVM; a test regenerates it and compares with the shipped copy.
 *
 * <p>Run: {@code java -cp target/classes id.regsosek.demo.SyntheticSls src/main/resources/demo/sls-32.16.csv}
 */
public final class SyntheticSls {

    public static final long SEED = 3216_2022L;
    public static final int TARGET_SLS = 4200;
    private static final String[] NON_SLS = {"Perumahan Klaster", "Apartemen", "Asrama Pekerja", "Perkebunan",
        "Kawasan Industri Mess"};

    private SyntheticSls() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "sls-32.16.csv");
        Files.writeString(out, generate(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    public static String generate() throws IOException {
        List<String> villages = villageCodes();
        Random random = new Random(SEED);
        double[] weight = new double[villages.size()];
        double sum = 0;
        for (int i = 0; i < weight.length; i++) {
            weight[i] = 0.4 + random.nextDouble() * 1.6;
            sum += weight[i];
        }
        StringBuilder csv = new StringBuilder("village_code,sls_code,sub_sls,name,type,expected_families\n");
        for (int i = 0; i < villages.size(); i++) {
            int count = Math.max(3, (int) Math.round(weight[i] / sum * TARGET_SLS));
            for (int n = 1; n <= count; n++) {
                appendSls(csv, villages.get(i), n, random);
            }
        }
        return csv.toString();
    }

    private static void appendSls(StringBuilder csv, String village, int n, Random random) {
        int families = (int) Math.round(250 + random.nextGaussian() * 55);
        families = Math.max(60, Math.min(480, families));
        String code = String.format(Locale.ROOT, "%04d", n);
        if (random.nextInt(50) == 0) {
            String name = NON_SLS[random.nextInt(NON_SLS.length)] + " " + n;
            row(csv, village, code, "00", name, "NON_SLS", families);
        } else if (families > 400) {
            // A large RT is split into two sub-SLS so one officer is not overloaded.
            String name = rtName(n);
            row(csv, village, code, "01", name + " bagian A", "SLS", families / 2);
            row(csv, village, code, "02", name + " bagian B", "SLS", families - families / 2);
        } else {
            row(csv, village, code, "00", rtName(n), "SLS", families);
        }
    }

    private static String rtName(int n) {
        return String.format(Locale.ROOT, "RT %03d RW %03d", (n - 1) % 8 + 1, (n - 1) / 8 + 1);
    }

    private static void row(StringBuilder csv, String village, String code, String sub, String name, String type,
                            int families) {
        csv.append(village).append(',').append(code).append(',').append(sub).append(',').append(name).append(',')
                .append(type).append(',').append(families).append('\n');
    }

    private static List<String> villageCodes() throws IOException {
        try (InputStream in = SyntheticSls.class.getResourceAsStream("/demo/idn-area/villages.csv")) {
            if (in == null) {
                throw new IOException("demo/idn-area/villages.csv is not on the classpath");
            }
            List<String> codes = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("code,") && !line.isBlank()) {
                    codes.add(line.substring(0, line.indexOf(',')));
                }
            }
            return codes;
        }
    }
}
