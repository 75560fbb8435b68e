package id.regsosek.office;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files a browser test uploads (the browser reads them from disk). */
public final class OfficeTestFiles {

    private OfficeTestFiles() {
    }

    /** Two Tarumajaya candidates; with {@code badLine} the second has a NIK of 11 digits (line 3, column nik). */
    public static String candidates(boolean badLine) {
        return OfficeTest.HEADER + OfficeTest.candidate("BR-1", "3216011205900001")
                + OfficeTest.candidate("BR-2", badLine ? "32160112059" : "3216011205900002");
    }

    public static Path write(String name, String content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "upload-files"));
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
