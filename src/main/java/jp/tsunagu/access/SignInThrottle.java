package jp.tsunagu.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Refuses a username after too many wrong passwords (on the sign-in page or through HTTP Basic
 * alike): at most {@link SignInSettings#maxFailures()} within any {@link SignInSettings#failureWindow()},
 * then nothing is tried, not even the right password, until the oldest of those failures leaves the
 * window. The failures are rows in the database, so all instances count together. A successful
 * sign-in forgets them.
 */
@ApplicationScoped
public class SignInThrottle {

    @PersistenceContext
    EntityManager em;

    @Inject
    SignInSettings settings;

    /**
     * The recent failures of a username.
     *
     * @param retryAfter how long the username is still refused; zero when it may try now
     * @param failures   how many failures are counted now (up to the limit)
     */
    public record State(Duration retryAfter, int failures) {

        public boolean refused() {
            return !retryAfter.isZero();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public State check(String username, Instant now) {
        int max = settings.maxFailures();
        Duration window = settings.failureWindow();
        List<LocalDateTime> recent = em.createQuery("select f.failedAt from SignInFailure f"
                        + " where f.username = :u and f.failedAt > :since order by f.failedAt desc", LocalDateTime.class)
                .setParameter("u", key(username))
                .setParameter("since", LocalDateTime.ofInstant(now.minus(window), ZoneOffset.UTC))
                .setMaxResults(max).getResultList();
        if (recent.size() < max) {
            return new State(Duration.ZERO, recent.size());
        }
        // The window holds `max` failures until the max-th newest one leaves it.
        Instant lifted = recent.get(max - 1).toInstant(ZoneOffset.UTC).plus(window);
        return new State(Duration.between(now, lifted), recent.size());
    }

    /** In a transaction of its own: the failure counts even though the request fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String username, Instant now) {
        em.persist(new SignInFailure(key(username), now));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget(String username) {
        em.createQuery("delete from SignInFailure f where f.username = :u").setParameter("u", key(username))
                .executeUpdate();
    }

    /** Drops failures that no longer count for anyone (among them those of usernames that do not exist). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetOld(Instant now) {
        return em.createQuery("delete from SignInFailure f where f.failedAt < :cutoff")
                .setParameter("cutoff", LocalDateTime.ofInstant(now.minus(settings.failureWindow()), ZoneOffset.UTC))
                .executeUpdate();
    }

    private static String key(String username) {
        return username.length() <= SignInFailure.USERNAME_LENGTH ? username
                : username.substring(0, SignInFailure.USERNAME_LENGTH);
    }
}
