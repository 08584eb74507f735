package jp.tsunagu.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A signed-in browser. The token in its cookie is known only to the browser; the row keeps its
 * SHA-256. Times are UTC.
 */
@Entity
@Table(name = "sign_in_session")
public class SignInSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "token_hash")
    private String tokenHash;
    private String username;
    @Column(name = "csrf_token")
    private String csrfToken;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "last_seen_at")
    private LocalDateTime lastSeenAt;
    @Column(name = "expires_at")
    private LocalDateTime expiresAt;
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected SignInSession() {
    }

    SignInSession(String tokenHash, String username, String csrfToken, Instant now, Duration absoluteTimeout) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.csrfToken = csrfToken;
        this.createdAt = utc(now);
        this.lastSeenAt = utc(now);
        this.expiresAt = utc(now.plus(absoluteTimeout));
    }

    /** Neither signed out, nor past its absolute end, nor idle for longer than {@code idleTimeout}. */
    public boolean isValidAt(Instant now, Duration idleTimeout) {
        return revokedAt == null && now.isBefore(expiresAt(idleTimeout));
    }

    /** When the session ends if it stays unused from now on. */
    public Instant expiresAt(Duration idleTimeout) {
        Instant idleEnd = lastSeenAt.toInstant(ZoneOffset.UTC).plus(idleTimeout);
        Instant absoluteEnd = expiresAt.toInstant(ZoneOffset.UTC);
        return idleEnd.isBefore(absoluteEnd) ? idleEnd : absoluteEnd;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getCsrfToken() {
        return csrfToken;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
