package jp.tsunagu.registry.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns uploaded bytes into text. Excel in Japan saves CSV as Shift_JIS (in fact Windows-31J,
 * which adds the NEC and IBM extensions such as ① and 髙); newer Excel and other tools write UTF-8,
 * often with a byte-order mark. A declared charset wins; without one, strict UTF-8 is tried first
 * and Windows-31J is the fallback, since Shift_JIS text is almost never valid UTF-8.
 */
public final class CsvText {

    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private CsvText() {
    }

    public static String decode(byte[] bytes, String declaredCharset) {
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            return stripBom(new String(bytes, charset(declaredCharset)));
        }
        try {
            return stripBom(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_31J);
        }
    }

    /** {@code Shift_JIS}, {@code SJIS}, {@code MS932}, {@code CP932} all mean what Excel writes. */
    public static Charset charset(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace("\"", "");
        return switch (n) {
            case "shift_jis", "shift-jis", "sjis", "ms932", "cp932", "windows-31j" -> WINDOWS_31J;
            default -> Charset.forName(n);
        };
    }

    public static byte[] encode(String text, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // Excel only recognises UTF-8 CSV by its byte-order mark.
            return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        }
        return text.getBytes(charset);
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
