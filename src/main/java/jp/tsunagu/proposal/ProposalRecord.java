package jp.tsunagu.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.platform.persistence.DelimitedSet;

/**
 * A saved proposal (マッチング案) of a round: a draft for the counter and the person to decide on,
 * never an order. Its state moves only through {@link #apply}, which consults
 * {@link ProposalTransitions}; every edit made from a read carries the version it read.
 * The municipality and counter are copied in so that a counter's read needs no join to the case.
 */
@Entity
@Table(name = "proposal")
public class ProposalRecord {

    static final DelimitedSet<SharedItem> SHARED_ITEMS = DelimitedSet.of(SharedItem.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "round_id")
    private Long roundId;
    @Column(name = "candidate_id")
    private Long candidateId;
    @Column(name = "municipality_code")
    private String municipalityCode;
    @Column(name = "counter_id")
    private Long counterId;
    @Column(name = "slot_id")
    private Long slotId;
    @Column(name = "host_id")
    private Long hostId;
    @Column(name = "travel_minutes")
    private int travelMinutes;
    @Enumerated(EnumType.STRING)
    @Column(name = "travelled_by")
    private TravelMode travelledBy;
    private boolean pinned;
    @Column(name = "kept_from_last_round")
    private boolean keptFromLastRound;
    @Column(name = "explanation_ja")
    private String explanationJa;
    @Column(name = "alternatives_json")
    private String alternativesJson;
    @Enumerated(EnumType.STRING)
    private ProposalState state = ProposalState.DRAFT;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    private DeclineReason declineReason;
    @Column(name = "decline_note")
    private String declineNote;
    @Column(name = "consent_date")
    private LocalDate consentDate;
    @Column(name = "shared_items")
    private String sharedItems = "";
    @Column(name = "first_day_needs")
    private String firstDayNeeds;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private LocalDateTime decidedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "host_decline_reason")
    private HostDeclineReason hostDeclineReason;
    @Column(name = "host_note")
    private String hostNote;
    @Column(name = "first_day")
    private LocalDate firstDay;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    protected ProposalRecord() {
    }

    public ProposalRecord(Long roundId, Long candidateId, String municipalityCode, Long counterId, Long slotId,
                          Long hostId, int travelMinutes, TravelMode travelledBy, boolean pinned,
                          boolean keptFromLastRound, String explanationJa, String alternativesJson) {
        this.roundId = roundId;
        this.candidateId = candidateId;
        this.municipalityCode = municipalityCode;
        this.counterId = counterId;
        this.slotId = slotId;
        this.hostId = hostId;
        this.travelMinutes = travelMinutes;
        this.travelledBy = travelledBy;
        this.pinned = pinned;
        this.keptFromLastRound = keptFromLastRound;
        this.explanationJa = explanationJa;
        this.alternativesJson = alternativesJson;
    }

    /** Moves the proposal by {@code event}, or refuses (409) saying why. */
    public void apply(ProposalEvent event) {
        this.state = ProposalTransitions.require(state, event);
    }

    public void pin(boolean pinned) {
        apply(pinned ? ProposalEvent.PIN : ProposalEvent.UNPIN);
        this.pinned = pinned;
    }

    /**
     * Another slot for the same person: one of its alternatives, chosen by the coordinator
     * ({@code event} SWAP), or by the counter as part of accepting ({@code event} null: the accept
     * itself is the transition).
     */
    void relocate(ProposalEvent event, Long slotId, Long hostId, int travelMinutes, TravelMode travelledBy,
                  String explanationJa, String alternativesJson) {
        if (event != null) {
            apply(event);
        }
        this.slotId = slotId;
        this.hostId = hostId;
        this.travelMinutes = travelMinutes;
        this.travelledBy = travelledBy;
        this.explanationJa = explanationJa;
        this.alternativesJson = alternativesJson;
        this.keptFromLastRound = false;
    }

    void accept(LocalDate consentDate, Set<SharedItem> shared, String firstDayNeeds, String by) {
        apply(ProposalEvent.ACCEPT);
        this.consentDate = consentDate;
        this.sharedItems = SHARED_ITEMS.format(shared);
        this.firstDayNeeds = firstDayNeeds;
        this.decidedBy = by;
        this.decidedAt = now();
    }

    void decline(DeclineReason reason, String note, String by) {
        apply(ProposalEvent.DECLINE);
        this.declineReason = reason;
        this.declineNote = note;
        this.decidedBy = by;
        this.decidedAt = now();
    }

    public void confirm(LocalDate firstDay, String note, String by) {
        apply(ProposalEvent.CONFIRM);
        this.firstDay = firstDay;
        this.hostNote = note;
        this.answeredBy = by;
        this.answeredAt = now();
    }

    public void declineByHost(HostDeclineReason reason, String note, String by) {
        apply(ProposalEvent.HOST_DECLINE);
        this.hostDeclineReason = reason;
        this.hostNote = note;
        this.answeredBy = by;
        this.answeredAt = now();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public Long getCounterId() {
        return counterId;
    }

    public Long getSlotId() {
        return slotId;
    }

    public Long getHostId() {
        return hostId;
    }

    public int getTravelMinutes() {
        return travelMinutes;
    }

    public TravelMode getTravelledBy() {
        return travelledBy;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isKeptFromLastRound() {
        return keptFromLastRound;
    }

    public String getExplanationJa() {
        return explanationJa;
    }

    public String getAlternativesJson() {
        return alternativesJson;
    }

    public ProposalState getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }

    public DeclineReason getDeclineReason() {
        return declineReason;
    }

    public String getDeclineNote() {
        return declineNote;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public Set<SharedItem> getSharedItems() {
        return SHARED_ITEMS.parse(sharedItems);
    }

    public String getFirstDayNeeds() {
        return firstDayNeeds;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public HostDeclineReason getHostDeclineReason() {
        return hostDeclineReason;
    }

    public String getHostNote() {
        return hostNote;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }
}
