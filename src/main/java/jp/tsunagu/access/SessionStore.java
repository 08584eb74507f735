package jp.tsunagu.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in sessions in the database, so that every service instance recognises every session and a
 * sign-out holds everywhere at once. A session is found by the SHA-256 of its token in one indexed
 * lookup; no password is hashed for a request that carries one.
 */
@ApplicationScoped
public class SessionStore {

    /**
     * How stale the last-seen time may get before a request writes it again: the idle expiry is that
     * much less exact, and a busy session costs one write a minute instead of one per request.
     */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    SignInSettings settings;

    @Inject
    AccountDirectory accounts;

    /** A session just opened: the token goes into the cookie and is kept nowhere else. */
    public record Opened(String token, SignInSession session) {
    }

    /** A valid session and the account it acts for. */
    public record Active(SignInSession session, Account account) {

        /** Whether a request now should record that the session is still in use. */
        boolean needsTouch(Instant now) {
            return session.getLastSeenAt().plus(TOUCH_INTERVAL).isBefore(now);
        }
    }

    @Transactional
    public Opened open(Account account) {
        String token = randomToken();
        SignInSession session = new SignInSession(hash(token), account.getUsername(), randomToken(), Instant.now(),
                settings.absoluteTimeout());
        em.persist(session);
        return new Opened(token, session);
    }

    /** The valid session of this cookie token, with its account (which must still be enabled). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Active> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery("select s, a from SignInSession s, Account a"
                        + " where s.tokenHash = :h and a.username = s.username", Object[].class)
                .setParameter("h", hash(token)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        SignInSession session = (SignInSession) rows.get(0)[0];
        Account account = (Account) rows.get(0)[1];
        if (!session.isValidAt(Instant.now(), settings.idleTimeout()) || !account.isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(new Active(session, account));
    }

    /** Records that the session is in use now, which pushes its idle expiry back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void touch(SignInSession session, Instant now) {
        em.createQuery("update SignInSession s set s.lastSeenAt = :now where s.id = :id and s.revokedAt is null")
                .setParameter("now", SignInSession.utc(now)).setParameter("id", session.getId()).executeUpdate();
    }

    /** Signs the session out on every instance. */
    @Transactional
    public void revoke(SignInSession session) {
        em.createQuery("update SignInSession s set s.revokedAt = :now where s.id = :id and s.revokedAt is null")
                .setParameter("now", SignInSession.utc(Instant.now())).setParameter("id", session.getId())
                .executeUpdate();
    }

    /** Forgets sessions that ended more than a day ago (a day is kept for looking into a sign-in). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetEnded() {
        return em.createQuery("delete from SignInSession s where s.expiresAt < :cutoff")
                .setParameter("cutoff", SignInSession.utc(Instant.now().minus(Duration.ofDays(1)))).executeUpdate();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** 256 random bits, URL-safe. */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
