package jp.tsunagu.matching.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.tsunagu.candidate.TravelMode;

/**
 * A saved proposal (マッチング案) of a round: a draft for the counter and the person to decide on.
 * The municipality and counter are copied in so that a counter's read needs no join to the case.
 */
@Entity
@Table(name = "proposal")
public class ProposalRecord {

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

    public Long getRoundId() {
        return roundId;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
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
}
