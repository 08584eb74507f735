package jp.tsunagu.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One wrong password for a username (which need not exist), in UTC. */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    /** The column's width: a longer name cannot be an account, and is recorded cut. */
    static final int USERNAME_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Column(name = "failed_at")
    private LocalDateTime failedAt;

    protected SignInFailure() {
    }

    SignInFailure(String username, Instant failedAt) {
        this.username = username;
        this.failedAt = LocalDateTime.ofInstant(failedAt, ZoneOffset.UTC);
    }

    public Instant getFailedAt() {
        return failedAt.toInstant(ZoneOffset.UTC);
    }
}
