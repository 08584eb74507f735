package jp.tsunagu.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.registry.WorkKind;
import org.junit.jupiter.api.Test;

/**
 * The code lists' words come from the enums, and no screen keeps a copy of its own: the labels of
 * work kinds, weekdays and programmes once existed four times and drifted apart.
 */
class VocabularyTest {

    private static final Path ASSETS = Path.of("src/main/webapp/assets");

    @Test
    void everyListHoldsEachCodeOfItsEnumWithItsLabel() {
        Map<String, List<List<String>>> lists = Vocabulary.lists();
        assertThat(lists.get("WORK_KINDS")).hasSize(WorkKind.values().length)
                .contains(List.of("FARMING", WorkKind.FARMING.labelJa()));
        assertThat(lists.get("TRAVEL_MODES")).extracting(p -> p.get(0))
                .containsExactly(java.util.Arrays.stream(TravelMode.values()).map(Enum::name).toArray(String[]::new));
        assertThat(lists.get("WEEKDAYS")).extracting(p -> p.get(1)).containsExactly("月", "火", "水", "木", "金", "土", "日");
        assertThat(lists.values()).allSatisfy(list -> assertThat(list).isNotEmpty()
                .allSatisfy(pair -> assertThat(pair.get(1)).isNotBlank().doesNotContain("_")));
    }

    /**
     * A code paired with words in a script, as ['FARMING', '農作業'] or FARMING: '農作業', is a copy
     * of a list the service serves: it would drift from the server's words.
     */
    @Test
    void noScriptKeepsItsOwnCopyOfACodeList() throws IOException {
        List<String> copies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ASSETS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js") && !f.toString().contains("vendor")).toList()) {
                String script = read(file);
                for (var list : Vocabulary.lists().entrySet()) {
                    for (List<String> pair : list.getValue()) {
                        String code = Pattern.quote(pair.get(0));
                        // The code beside words (not beside another code, nor a class name): a label.
                        if (Pattern.compile("(\\[\\s*'" + code + "'\\s*,|[{,\\s]" + code + "\\s*:)\\s*'[^']*[^\\x00-\\x7F]")
                                .matcher(script).find()) {
                            copies.add(ASSETS.relativize(file) + " names " + list.getKey() + "." + pair.get(0));
                        }
                    }
                }
            }
        }
        assertThat(copies).as("code lists written into scripts instead of read from /vocabulary").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
