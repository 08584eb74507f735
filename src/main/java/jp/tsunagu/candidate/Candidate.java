package jp.tsunagu.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.tsunagu.platform.persistence.DelimitedSet;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import jp.tsunagu.registry.WorkKind;

/**
 * A person a counter supports (候補者), held under the counter's case code only: the prefecture
 * never needs a name. Lifecycle: submitted by the counter (ACTIVE), matched weekly once consent to
 * matching is recorded, updated as the plan steps up, and withdrawn when support ends. Every read
 * and write is audited; health and welfare details are 要配慮個人情報.
 */
@Entity
@Table(name = "candidate")
public class Candidate {

    private static final java.time.ZoneId JAPAN = java.time.ZoneId.of("Asia/Tokyo");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "prefecture_code")
    private String prefectureCode;
    @Column(name = "case_code")
    private String caseCode;
    @Column(name = "counter_id")
    private Long counterId;
    @Column(name = "municipality_code")
    private String municipalityCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "travel_mode")
    private TravelMode travelMode;
    @Column(name = "max_one_way_minutes")
    private int maxOneWayMinutes;
    @Enumerated(EnumType.STRING)
    private Programme programme;
    @Column(name = "programme_start")
    private LocalDate programmeStart;
    @Column(name = "extension_reason")
    private String extensionReason;
    @Column(name = "hours_per_day")
    private int hoursPerDay;
    @Column(name = "days_per_week")
    private int daysPerWeek;
    @Column(name = "available_days")
    private String availableDays = "";
    @Column(name = "available_from")
    private LocalTime availableFrom;
    @Column(name = "available_until")
    private LocalTime availableUntil;
    @Column(name = "accommodation_needs")
    private String accommodationNeeds = "";
    private String interests = "";
    @Column(name = "excluded_host_ids")
    private String excludedHostIds = "";
    private int priority;
    @Column(name = "waiting_since")
    private LocalDate waitingSince;
    @Column(name = "consent_to_matching")
    private boolean consentToMatching;
    @Column(name = "consent_date")
    private LocalDate consentDate;
    @Enumerated(EnumType.STRING)
    private CandidateStatus status = CandidateStatus.ACTIVE;
    @Column(name = "pinned_slot_id")
    private Long pinnedSlotId;
    /** The day the case was closed (withdrawn): the retention period runs from it. */
    @Column(name = "closed_on")
    private LocalDate closedOn;
    /** Set once the personal fields were cleared (docs/privacy.md); the row stays for the figures. */
    @Column(name = "anonymised_at")
    private LocalDateTime anonymisedAt;
    @Version
    private long version;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected Candidate() {
    }

    public Candidate(String prefectureCode, Long counterId, String caseCode) {
        this.prefectureCode = prefectureCode;
        this.counterId = counterId;
        this.caseCode = caseCode;
    }

    /** The counter's current picture of the person, replaced as a whole by a form or an import. */
    public void describe(CandidateProfile profile) {
        this.municipalityCode = profile.municipalityCode();
        this.travelMode = profile.travelMode();
        this.maxOneWayMinutes = profile.maxOneWayMinutes();
        this.programme = profile.programme();
        this.programmeStart = profile.programmeStart();
        this.extensionReason = profile.extensionReason();
        this.hoursPerDay = profile.hoursPerDay();
        this.daysPerWeek = profile.daysPerWeek();
        this.availableDays = DelimitedSet.WEEKDAYS.format(profile.availableDays());
        this.availableFrom = profile.availableFrom();
        this.availableUntil = profile.availableUntil();
        this.accommodationNeeds = DelimitedSet.CODES.format(profile.accommodationNeeds());
        this.interests = DelimitedSet.WORK_KINDS.format(profile.interests());
        this.excludedHostIds = DelimitedSet.LONGS.format(profile.excludedHostIds());
        this.priority = profile.priority();
        this.waitingSince = profile.waitingSince();
        this.consentToMatching = profile.consentToMatching();
        this.consentDate = profile.consentDate();
    }

    /** A new pacing stage, agreed with the person when a placement steps up or down. */
    public void changeStage(int hoursPerDay, int daysPerWeek) {
        this.hoursPerDay = hoursPerDay;
        this.daysPerWeek = daysPerWeek;
    }

    public void withdraw() {
        this.status = CandidateStatus.WITHDRAWN;
        this.closedOn = LocalDate.now(JAPAN);
    }

    /** A running placement or a coordinator's pin: the matching never moves the person. */
    public void pinTo(Long slotId) {
        this.pinnedSlotId = slotId;
    }

    public boolean isInPool() {
        return status == CandidateStatus.ACTIVE && consentToMatching;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        // Stored as UTC wall time: EclipseLink 4 maps LocalDateTime, not Instant.
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    public CandidateProfile profile() {
        return new CandidateProfile(municipalityCode, travelMode, maxOneWayMinutes, programme, programmeStart,
                extensionReason, hoursPerDay, daysPerWeek, DelimitedSet.WEEKDAYS.parse(availableDays), availableFrom,
                availableUntil, DelimitedSet.CODES.parse(accommodationNeeds), DelimitedSet.WORK_KINDS.parse(interests),
                DelimitedSet.LONGS.parse(excludedHostIds), priority, waitingSince, consentToMatching, consentDate);
    }

    public Long getId() {
        return id;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public Long getCounterId() {
        return counterId;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public CandidateStatus getStatus() {
        return status;
    }

    public Long getPinnedSlotId() {
        return pinnedSlotId;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public long getVersion() {
        return version;
    }


    public Instant getUpdatedAt() {
        return updatedAt == null ? null : updatedAt.toInstant(ZoneOffset.UTC);
    }
}
