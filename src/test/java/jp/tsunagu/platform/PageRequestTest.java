package jp.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void absentParametersAskForTheFirstPageOfTheDefaultSize() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_LIMIT));
        assertThat(PageRequest.of("", " ")).isEqualTo(PageRequest.first());
        assertThat(PageRequest.of("100", "50")).isEqualTo(new PageRequest(100, 50));
        assertThat(PageRequest.of(" 7 ", "1000")).isEqualTo(new PageRequest(7, PageRequest.MAX_LIMIT));
    }

    @Test
    void anythingButAWholeNumberInRangeIsRefusedNamingTheParameter() {
        for (List<String> bad : List.of(List.of("offset", "-1"), List.of("offset", "1e3"), List.of("offset", "+5"),
                List.of("offset", "9999999999"), List.of("limit", "0"), List.of("limit", "1001"),
                List.of("limit", "ten"), List.of("limit", "5.0"))) {
            String name = bad.get(0);
            String value = bad.get(1);
            assertThatThrownBy(() -> PageRequest.of(name.equals("offset") ? value : null, name.equals("limit") ? value : null))
                    .as(name + "=" + value)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo(name);
                        assertThat(e.getMessage()).contains(name).contains("整数");
                    });
        }
    }

    @Test
    void aPageHasANextOneOnlyWhileRecordsRemain() {
        PageRequest second = new PageRequest(50, 50);
        assertThat(new Page<>(List.of(1, 2), 200, second).hasNext()).isTrue();
        assertThat(new Page<>(java.util.Collections.nCopies(50, 1), 100, second).hasNext()).isFalse();
        assertThat(new Page<>(List.of(), 10, new PageRequest(100, 50)).hasNext()).isFalse();
    }

    @Test
    void onlyAFirstPageThatIsNotFullTellsTheWholeListsSize() {
        assertThat(new PageRequest(0, 50).totalWithout(40)).hasValue(40);
        assertThat(new PageRequest(0, 50).totalWithout(0)).hasValue(0);
        assertThat(new PageRequest(0, 50).totalWithout(50)).isEmpty();
        assertThat(new PageRequest(50, 50).totalWithout(10)).as("a later page: the earlier ones are not counted").isEmpty();
    }
}
