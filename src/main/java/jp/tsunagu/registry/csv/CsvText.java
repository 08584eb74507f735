package jp.tsunagu.registry.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.platform.InvalidInputException;
import jp.tsunagu.platform.Problems;

/**
 * Turns uploaded bytes into text. Excel in Japan saves CSV as Shift_JIS (in fact Windows-31J,
 * which adds the NEC and IBM extensions such as ① and 髙); newer Excel and other tools write UTF-8,
 * often with a byte-order mark. A declared charset wins; a byte-order mark means UTF-8; otherwise
 * strict UTF-8 is tried first and Windows-31J is the fallback, since Shift_JIS text is almost never
 * valid UTF-8. Bytes that are no character of the encoding refuse the file, naming their line,
 * rather than being stored as replacement characters.
 */
public final class CsvText {

    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvText() {
    }

    /** The text of {@code bytes}, or a {@link CsvImportException} naming the line of the first byte that is no character. */
    public static String decode(byte[] bytes, String declaredCharset) {
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            Charset charset = charset(declaredCharset);
            return stripBom(orRefuse(bytes, charset, Decoded.of(bytes, charset)));
        }
        Decoded utf8 = Decoded.of(bytes, StandardCharsets.UTF_8);
        if (utf8.complete() || startsWithBom(bytes)) {
            return stripBom(orRefuse(bytes, StandardCharsets.UTF_8, utf8));
        }
        Decoded shiftJis = Decoded.of(bytes, WINDOWS_31J);
        // The encoding the file is in is the one that reads further before failing.
        return shiftJis.complete() || shiftJis.failedAt() >= utf8.failedAt()
                ? orRefuse(bytes, WINDOWS_31J, shiftJis) : orRefuse(bytes, StandardCharsets.UTF_8, utf8);
    }

    /** {@code Shift_JIS}, {@code SJIS}, {@code MS932}, {@code CP932} all mean what Excel writes. */
    public static Charset charset(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace("\"", "");
        return switch (n) {
            case "shift_jis", "shift-jis", "sjis", "ms932", "cp932", "windows-31j" -> WINDOWS_31J;
            default -> {
                try {
                    yield Charset.forName(n);
                } catch (IllegalArgumentException unknown) {
                    throw new InvalidInputException("charset",
                            "対応していない文字コードです: " + name + "。UTF-8 か Shift_JIS を指定してください");
                }
            }
        };
    }

    public static byte[] encode(String text, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // Excel only recognises UTF-8 CSV by its byte-order mark.
            return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        }
        return text.getBytes(charset);
    }

    private static String orRefuse(byte[] bytes, Charset charset, Decoded decoded) {
        if (decoded.complete()) {
            return decoded.text();
        }
        String before = new String(bytes, 0, decoded.failedAt(), charset);
        int line = (int) before.chars().filter(c -> c == '\n').count()
                + (int) before.replace("\r\n", "\n").chars().filter(c -> c == '\r').count() + 1;
        String name = charset.equals(WINDOWS_31J) ? "Shift_JIS" : charset.name();
        throw new CsvImportException(List.of(new Problems.FieldError("file", line + " 行目に " + name
                + " の文字として読めないバイトがあります。ファイルを UTF-8 か Shift_JIS で保存し直してください", line)));
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A strict decoding: the whole text, or where the first byte that is no character stands. */
    private record Decoded(String text, int failedAt) {

        static Decoded of(byte[] bytes, Charset charset) {
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                return new Decoded(null, in.position());
            }
            return new Decoded(out.flip().toString(), -1);
        }

        boolean complete() {
            return text != null;
        }
    }
}
