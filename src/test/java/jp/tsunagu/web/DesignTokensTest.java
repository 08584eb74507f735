package jp.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The interface's colours and type sizes, as the Digital Agency's design system sets them for
 * public services: text and buttons at least 4.5:1 against their background (WCAG 2.x AA for body
 * text), body text of 16 px with a line height of at least 1.5. Read from the style sheets as they
 * ship, with the design system's own token values.
 */
class DesignTokensTest {

    private static final Path ASSETS = Path.of("src/main/webapp/assets");
    private static final Pattern VARIABLE = Pattern.compile("(--[a-z0-9-]+)\\s*:\\s*([^;]+);");

    private final Map<String, String> variables = variables();

    @Test
    void everyTextColourReadsAgainstWhite() {
        for (String text : new String[] {"--text", "--text-muted", "--primary", "--primary-dark", "--error", "--success"}) {
            assertThat(contrast(colour(text), colour("--surface"))).as(text + " on white").isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void buttonsAndMessagesKeepTheirContrast() {
        assertThat(contrast(colour("--color-neutral-white"), colour("--primary"))).as("button label").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(colour("--color-neutral-white"), colour("--error"))).as("danger button").isGreaterThanOrEqualTo(4.5);
        String appCss = read(ASSETS.resolve("app.css"));
        assertThat(contrast(colour("--error"), hex(backgroundOf(appCss, ".message-error")))).as("error message")
                .isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(colour("--success"), hex(backgroundOf(appCss, ".message-success")))).as("success message")
                .isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(colour("--primary-dark"), colour("--primary-light"))).as("information message")
                .isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void bodyTextIsSixteenPixelsWithRoomBetweenLines() {
        String body = ruleOf(read(ASSETS.resolve("app.css")), "body");
        assertThat(rem(valueOf(body, "font-size"))).isGreaterThanOrEqualTo(1.0);
        assertThat(Double.parseDouble(resolve(valueOf(body, "line-height")))).isGreaterThanOrEqualTo(1.5);
    }

    // --- reading the style sheets ---

    private static Map<String, String> variables() {
        Map<String, String> values = new HashMap<>();
        for (Path css : new Path[] {ASSETS.resolve("vendor/design-tokens.css"), ASSETS.resolve("app.css")}) {
            Matcher m = VARIABLE.matcher(read(css));
            while (m.find()) {
                values.put(m.group(1), m.group(2).trim());
            }
        }
        return values;
    }

    private String resolve(String value) {
        String v = value.trim();
        while (v.startsWith("var(")) {
            String name = v.substring(4, v.length() - 1).trim();
            assertThat(variables).as("variable " + name).containsKey(name);
            v = variables.get(name).trim();
        }
        return v;
    }

    private int[] colour(String variable) {
        return hex(resolve("var(" + variable + ")"));
    }

    private double rem(String value) {
        String v = resolve(value);
        assertThat(v).endsWith("rem");
        return Double.parseDouble(v.substring(0, v.length() - 3));
    }

    private static String ruleOf(String css, String selector) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)\\}").matcher(css);
        assertThat(m.find()).as("rule " + selector).isTrue();
        return m.group(1);
    }

    private static String valueOf(String rule, String property) {
        Matcher m = Pattern.compile("(?<![-a-z])" + Pattern.quote(property) + "\\s*:\\s*([^;]+);").matcher(rule);
        assertThat(m.find()).as(property).isTrue();
        return m.group(1).trim();
    }

    private static String backgroundOf(String css, String selector) {
        Matcher m = Pattern.compile(Pattern.quote(selector) + "\\s*\\{[^}]*background:\\s*(#[0-9a-fA-F]{6})").matcher(css);
        assertThat(m.find()).as("background of " + selector).isTrue();
        return m.group(1);
    }

    private static int[] hex(String value) {
        assertThat(value).matches("#[0-9a-fA-F]{6}");
        return new int[] {Integer.parseInt(value.substring(1, 3), 16), Integer.parseInt(value.substring(3, 5), 16),
                Integer.parseInt(value.substring(5, 7), 16)};
    }

    /** WCAG 2.x contrast ratio of two sRGB colours. */
    static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
