package id.regsosek.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every line that is not valid UTF-8. Spreadsheets on office PCs often save CSV as Windows-1252; silently
 * decoding that would corrupt names (e.g. "Sukakarya" is fine, "Pondok Melati é" is not), so such lines are refused.
 */
final class Utf8Check {

    private Utf8Check() {
    }

    static List<ImportProblem> badLines(String file, byte[] content) {
        List<ImportProblem> problems = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(content, start, i - start));
                } catch (CharacterCodingException e) {
                    problems.add(new ImportProblem(file, line, null,
                            "wrong encoding: not UTF-8 text (save the file as CSV UTF-8)"));
                }
                line++;
                start = i + 1;
            }
        }
        return problems;
    }
}
