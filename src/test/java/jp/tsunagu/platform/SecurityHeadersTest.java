package jp.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void answersOfTheApiAreNeverStored() {
        assertThat(SecurityHeaders.cacheControl("/api/candidates")).isEqualTo("no-store");
        assertThat(SecurityHeaders.cacheControl("/api/assets/x")).isEqualTo("no-store");
        assertThat(SecurityHeaders.cacheControl("/counter.html")).isEqualTo("no-store");
    }

    @Test
    void theInterfacesOwnFilesAreRevalidatedInsteadOfFetchedAgain() {
        assertThat(SecurityHeaders.cacheControl("/assets/app.css")).isEqualTo("no-cache");
        assertThat(SecurityHeaders.cacheControl("/webjars/echarts/5.3.1/dist/echarts.min.js")).isEqualTo("no-cache");
    }
}
