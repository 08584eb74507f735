package jp.tsunagu.matching.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person a round could not place, with the reasons and the smallest change that would open an option, or the network's gap. */
@Entity
@Table(name = "unplaced_candidate")
public class UnplacedRecord {

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
    @Column(name = "reasons_json")
    private String reasonsJson;
    @Column(name = "smallest_change_json")
    private String smallestChangeJson;
    @Column(name = "summary_ja")
    private String summaryJa;
    @Column(name = "gap_kind")
    private String gapKind;
    @Column(name = "gap_json")
    private String gapJson;

    protected UnplacedRecord() {
    }

    public UnplacedRecord(Long roundId, Long candidateId, String municipalityCode, Long counterId, String reasonsJson,
                          String smallestChangeJson, String summaryJa, String gapKind, String gapJson) {
        this.roundId = roundId;
        this.candidateId = candidateId;
        this.municipalityCode = municipalityCode;
        this.counterId = counterId;
        this.reasonsJson = reasonsJson;
        this.smallestChangeJson = smallestChangeJson;
        this.summaryJa = summaryJa;
        this.gapKind = gapKind;
        this.gapJson = gapJson;
    }

    /** The kind of slot the network lacks for the person, or null when a change on their side is known. */
    public String getGapKind() {
        return gapKind;
    }

    public String getGapJson() {
        return gapJson;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getReasonsJson() {
        return reasonsJson;
    }

    public String getSmallestChangeJson() {
        return smallestChangeJson;
    }

    public String getSummaryJa() {
        return summaryJa;
    }
}
