package jp.tsunagu.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An accompanying staff member (job coach ジョブコーチ, 就労支援員): of a counter, or of the
 * prefecture when {@code counterId} is null. A limited resource: never in two bookings at once.
 * Its row is also the lock that serialises bookings of the same person.
 */
@Entity
@Table(name = "support_staff")
public class SupportStaff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "prefecture_code")
    private String prefectureCode;
    @Column(name = "counter_id")
    private Long counterId;
    private String name;
    private boolean active = true;

    protected SupportStaff() {
    }

    public SupportStaff(String prefectureCode, Long counterId, String name) {
        this.prefectureCode = prefectureCode;
        this.counterId = counterId;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    /** The counter the staff member works for; null for the prefecture's own. */
    public Long getCounterId() {
        return counterId;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
