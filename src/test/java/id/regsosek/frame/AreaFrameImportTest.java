package id.regsosek.frame;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.imports.ImportProblem;
import id.regsosek.imports.ImportReport;
import id.regsosek.support.AppTest;
import id.regsosek.support.SecondRegency;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/** The official-code area frame: Kabupaten Bekasi as loaded by the demo, and other regencies from files. */
class AreaFrameImportTest extends AppTest {

    @Autowired
    private FrameImports imports;
    @Autowired
    private ImportAreaCommand importArea;
    @Autowired
    private ImportSlsCommand importSls;
    @Autowired
    private JdbcTemplate jdbc;

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void demoFrameHoldsBekasiWithItsSyntheticSls() {
        assertThat(count("select count(*) from district where regency_code = '32.16'")).isEqualTo(23);
        assertThat(count("select count(*) from village where regency_code = '32.16'")).isEqualTo(187);
        assertThat(count("select count(*) from sls where regency_code = '32.16'")).isBetween(4150, 4300);
        assertThat(jdbc.queryForObject("select sum(expected_families) from sls where regency_code = '32.16'",
                Long.class)).isBetween(1_000_000L, 1_100_000L);
    }

    @Test
    void takesOnlyTheRegencysRowsFromNationalFilesAndIsIdempotent() {
        byte[] regencies = utf8("code,province_code,name\n32.16,32,Kabupaten Bekasi\n32.75,32,Kota Bekasi\n");
        AreaFiles files = new AreaFiles(regencies, SecondRegency.read("districts.csv"),
                SecondRegency.read("villages.csv"));
        ImportReport first = imports.importArea("32.75", files, "test");
        assertThat(first.state()).isEqualTo("DONE");
        assertThat(first.skippedOtherRegency()).isEqualTo(1);
        ImportReport again = imports.importArea("32.75", files, "test");
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(1 + 12 + 56);
        assertThat(count("select count(*) from village where regency_code = '32.75'")).isEqualTo(56);
    }

    @Test
    void everyBadRowOfEveryFileIsListedAndNothingIsWritten() {
        byte[] regencies = utf8("code,province_code,name\n32.74,32,Kota Bandung Percobaan\n");
        byte[] districts = utf8("code,regency_code,name\n32.74.01,32.74,Satu\n32.74.01,32.74,Satu lagi\n"
                + "32.74.2,32.74,Kode rusak\n32.74.03,32.75,Salah induk\n");
        byte[] villages = utf8("code,district_code,name\n32.74.01.1001,32.74.01,Desa A\n"
                + "32.74.09.1001,32.74.09,Desa tanpa kecamatan\n32.74.01.1002,32.74.01,\n");
        ImportReport r = imports.importArea("32.74", new AreaFiles(regencies, districts, villages), "test");
        assertThat(r.state()).isEqualTo("REJECTED");
        assertThat(r.problems()).extracting(ImportProblem::toString).containsExactly(
                "districts.csv line 3, column code: duplicate code 32.74.01 (first on line 2)",
                "districts.csv line 4, column code: malformed code '32.74.2' (expected like 32.16.01)",
                "districts.csv line 5, column regency_code: code 32.74.03 does not lie under regency_code 32.75",
                "villages.csv line 3, column district_code: unknown parent code 32.74.09",
                "villages.csv line 4, column name: name is empty");
        assertThat(count("select count(*) from regency where code = '32.74'")).isZero();
        assertThat(count("select count(*) from district where regency_code = '32.74'")).isZero();
    }

    @Test
    void aRegencyMissingFromItsFileIsNamed() {
        ImportReport r = imports.importArea("32.73", new AreaFiles(utf8("code,province_code,name\n"),
                utf8("code,regency_code,name\n"), utf8("code,district_code,name\n")), "test");
        assertThat(r.problems()).extracting(ImportProblem::reason).containsExactly("regency 32.73 is not in the file");
    }

    @Test
    void commandLineImportsReportByExitCode(@TempDir Path dir) throws Exception {
        for (String f : new String[] {"regencies.csv", "districts.csv", "villages.csv"}) {
            Files.write(dir.resolve(f), SecondRegency.read(f));
        }
        assertThat(importArea.run(new DefaultApplicationArguments("import-area", "--regency=32.75",
                "--dir=" + dir))).isZero();
        Path sls = dir.resolve("sls.csv");
        Files.writeString(sls, "village_code,sls_code,sub_sls,name,type,expected_families\n"
                + "32.75.01.1001,0001,00,RT 001 RW 001,SLS,240\n");
        assertThat(importSls.run(new DefaultApplicationArguments("import-sls", "--regency=32.75",
                "--file=" + sls))).isZero();
        Files.writeString(sls, "village_code,sls_code,sub_sls,name,type,expected_families\n"
                + "32.75.01.1001,0002,00,RT 002 RW 001,SLS,dua ratus\n");
        assertThat(importSls.run(new DefaultApplicationArguments("import-sls", "--regency=32.75",
                "--file=" + sls))).isEqualTo(2);
        assertThat(count("select count(*) from sls where village_code = '32.75.01.1001'")).isEqualTo(1);
    }
}
