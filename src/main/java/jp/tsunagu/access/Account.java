package jp.tsunagu.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A login: a role, its prefecture, and for a counter or an employer the one body it acts for. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "prefecture_code")
    private String prefectureCode;
    @Column(name = "counter_id")
    private Long counterId;
    @Column(name = "host_id")
    private Long hostId;
    @Column(name = "display_name")
    private String displayName;
    private boolean enabled = true;
    /** Where copies of the account's notifications are mailed, when mail is on; null: none. */
    private String email;

    protected Account() {
    }

    public Account(String username, String passwordHash, Role role, String prefectureCode, Long counterId, Long hostId,
                   String displayName) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.prefectureCode = prefectureCode;
        this.counterId = counterId;
        this.hostId = hostId;
        this.displayName = displayName;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public Long getCounterId() {
        return counterId;
    }

    public Long getHostId() {
        return hostId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getEmail() {
        return email;
    }
}
