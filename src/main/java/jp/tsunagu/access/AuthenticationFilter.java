package jp.tsunagu.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.tsunagu.counter.SupportCounter;
import jp.tsunagu.platform.Problems;

/**
 * Authenticates every API request (HTTP Basic over TLS in production) against the account table.
 * Stateless: nothing is remembered between requests, so any service instance can answer any call.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Caller> caller = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(this::authenticate);
        if (caller.isEmpty()) {
            request.abortWith(Response.fromResponse(Problems.response(Response.Status.UNAUTHORIZED,
                            Problems.title(401), Problems.detail(401)))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"tsunagu\", charset=\"UTF-8\"")
                    .build());
            return;
        }
        currentCaller.set(caller.get());
    }

    private Optional<String[]> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private Optional<Caller> authenticate(String[] usernameAndPassword) {
        List<Account> found = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", usernameAndPassword[0]).getResultList();
        if (found.isEmpty() || !found.get(0).isEnabled()
                || !PasswordHashing.matches(usernameAndPassword[1], found.get(0).getPasswordHash())) {
            return Optional.empty();
        }
        Account account = found.get(0);
        Set<String> served = account.getCounterId() == null ? Set.of()
                : em.find(SupportCounter.class, account.getCounterId()).getServedMunicipalities();
        return Optional.of(new Caller(account.getUsername(), account.getRole(), account.getPrefectureCode(),
                account.getCounterId(), served, account.getHostId()));
    }
}
