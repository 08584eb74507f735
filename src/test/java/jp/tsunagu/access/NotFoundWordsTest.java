package jp.tsunagu.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotFoundWordsTest {

    @Test
    void aMissingRecordIsNamedInJapaneseNotByItsInternalCode() {
        assertThat(AccessPolicy.notFoundMessage("slot", 123L)).isEqualTo("受入枠（番号 123）は見つかりません。");
        assertThat(AccessPolicy.notFoundMessage("candidate", 7L)).doesNotContain("candidate").contains("支援対象者");
    }

    @Test
    void anUnnamedKindOfRecordIsStillSaidInJapanese() {
        assertThat(AccessPolicy.notFoundMessage("something_new", 1L)).startsWith("記録").doesNotContain("something");
    }
}
