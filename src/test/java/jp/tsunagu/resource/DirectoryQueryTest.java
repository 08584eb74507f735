package jp.tsunagu.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.tsunagu.platform.InvalidInputException;
import jp.tsunagu.registry.WorkKind;
import org.junit.jupiter.api.Test;

class DirectoryQueryTest {

    private static final DirectoryEntry CAFE_HOST = entry(DirectoryEntry.Source.HOST, "COMMUNITY_CAFE", "202029", "松本",
            "カフェ・ミドリ", List.of(WorkKind.KITCHEN_HELP), List.of("quiet_place"));
    private static final DirectoryEntry CAFE_RESOURCE = entry(DirectoryEntry.Source.RESOURCE, "COMMUNITY_CAFE", "202011",
            "長野", "まちの縁側カフェ", List.of(WorkKind.SALES), List.of("short_hours"));
    private static final DirectoryEntry FARM = entry(DirectoryEntry.Source.HOST, "FARM", "202011", "長野",
            "りんご農園 Kitano", List.of(WorkKind.FARMING), List.of());
    private static final List<DirectoryEntry> ALL = List.of(CAFE_HOST, CAFE_RESOURCE, FARM);

    @Test
    void aKindSharedByHostsAndResourcesFindsBothAndHostFindsEveryHost() {
        assertThat(found(query(null, null, "COMMUNITY_CAFE", null, null, null))).containsExactly(CAFE_HOST, CAFE_RESOURCE);
        assertThat(found(query(null, null, "HOST", null, null, null))).containsExactly(CAFE_HOST, FARM);
    }

    @Test
    void filtersCombineAndTextIgnoresCase() {
        assertThat(found(query(null, "長野", null, null, null, null))).containsExactly(CAFE_RESOURCE, FARM);
        assertThat(found(query("202011", null, null, "FARMING", null, null))).containsExactly(FARM);
        assertThat(found(query(null, null, null, null, "short_hours", null))).containsExactly(CAFE_RESOURCE);
        assertThat(found(query(null, null, null, null, null, "kitano"))).containsExactly(FARM);
        assertThat(found(query(" ", "", null, "", null, "  "))).as("blank means any").isEqualTo(ALL);
    }

    @Test
    void anUnknownValueIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> query("20202", null, null, null, null, null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("municipality");
        assertThatThrownBy(() -> query(null, null, "CASINO", null, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("PLACE_TO_BE").extracting("field").isEqualTo("kind");
        assertThatThrownBy(() -> query(null, null, null, "JUGGLING", null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("GARDENING").extracting("field").isEqualTo("workKind");
        assertThatThrownBy(() -> query(null, null, null, null, null, "あ".repeat(101)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("q");
    }

    private static DirectoryQuery query(String municipality, String wideArea, String kind, String workKind,
                                        String accommodation, String text) {
        return DirectoryQuery.parse(municipality, wideArea, kind, workKind, accommodation, text);
    }

    private static List<DirectoryEntry> found(DirectoryQuery query) {
        return ALL.stream().filter(query::matches).toList();
    }

    private static DirectoryEntry entry(DirectoryEntry.Source source, String kind, String municipality, String wideArea,
                                        String name, List<WorkKind> work, List<String> accommodations) {
        return new DirectoryEntry(source, name.hashCode(), name, kind, kind, municipality, municipality, wideArea, null,
                "", work, accommodations, null, List.of(), null, null, null, 0);
    }
}
