package jp.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestAdmissionTest {

    @Test
    void noMoreThanTheAllowedRequestsWorkAtOnceAndAClosedTurnLetsTheNextIn() throws Exception {
        RequestAdmission admission = new RequestAdmission(2, Duration.ofMillis(50));
        Optional<RequestAdmission.Turn> first = admission.enter();
        Optional<RequestAdmission.Turn> second = admission.enter();
        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(admission.working()).isEqualTo(2);

        assertThat(admission.enter()).as("a third waits, then is refused").isEmpty();

        first.get().close();
        first.get().close();
        assertThat(admission.working()).as("a turn closed twice frees one place only").isEqualTo(1);
        Optional<RequestAdmission.Turn> third = admission.enter();
        assertThat(third).isPresent();
        assertThat(admission.enter()).isEmpty();
    }

    @Test
    void aWaitingRequestGetsTheTurnThatComesFreeWithinTheWait() throws Exception {
        RequestAdmission admission = new RequestAdmission(1, Duration.ofSeconds(5));
        RequestAdmission.Turn busy = admission.enter().orElseThrow();
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            busy.close();
        });
        release.start();
        assertThat(admission.enter()).isPresent();
        release.join();
    }

    @Test
    void progressStreamsAreNotCounted() {
        assertThat(AdmissionFilter.exempt(request("/tsunagu", "/tsunagu/api/rounds/7/events"))).isTrue();
        assertThat(AdmissionFilter.exempt(request("/tsunagu", "/tsunagu/api/candidates"))).isFalse();
        assertThat(AdmissionFilter.exempt(request("/tsunagu", "/tsunagu/api/rounds/7/events/other"))).isFalse();
    }

    private static HttpServletRequest request(String context, String uri) {
        return (HttpServletRequest) Proxy.newProxyInstance(RequestAdmissionTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> context;
                    case "getRequestURI" -> uri;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
