package id.regsosek.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an uploaded file into text, strictly UTF-8. A file in UTF-16 or UTF-32 (with or without byte-order mark)
 * is refused whole as a wrong encoding; bytes that are not UTF-8 (a spreadsheet's Windows-1252 "Café") become
 * {@link #NOT_UTF8}, a lone low surrogate that decoding valid UTF-8 never yields, so the reader can name the
 * record and column they are in rather than guess a character.
 */
final class TextDecoding {

    static final char NOT_UTF8 = '\uDFFF';

    private TextDecoding() {
    }

    /** @return the text, or null after recording why the whole file cannot be read */
    static String decode(byte[] content, Problems problems) {
        String wide = wideEncoding(content);
        if (wide != null) {
            problems.add(1, ImportProblem.field(0), "wrong encoding: the file is " + wide + ", not UTF-8 (save it as"
                    + " \"CSV UTF-8\")");
            return null;
        }
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        return utf8(ByteBuffer.wrap(content, start, content.length - start));
    }

    /** Whether the bytes are UTF-16 or UTF-32 text: a byte-order mark, or ASCII with every other byte zero. */
    static String wideEncoding(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF
                || b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32 (with byte-order mark)";
        }
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
            return "UTF-16 (with byte-order mark)";
        }
        int pairs = Math.min(b.length, 1024) / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        if (pairs >= 2 && (evenZeros * 2 >= pairs || oddZeros * 2 >= pairs)) {
            return "UTF-16 or UTF-32 (no byte-order mark; every other byte is zero)";
        }
        return null;
    }

    private static String utf8(ByteBuffer in) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(in.remaining() + 16);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                in.position(in.position() + r.length());
                out.put(NOT_UTF8);
            } else if (r.isOverflow()) {
                out = grow(out);
            } else {
                break;
            }
        }
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        return out.flip().toString();
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
        return bigger.put(out.flip());
    }
}
