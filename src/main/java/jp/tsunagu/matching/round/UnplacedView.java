package jp.tsunagu.matching.round;

import java.util.List;
import jp.tsunagu.matching.outcome.NetworkGap;
import jp.tsunagu.matching.outcome.OpeningChange;
import jp.tsunagu.matching.outcome.UnplacedReason;

/** A person left unplaced, as the counter reads it: the reasons and what change would open an option. */
public record UnplacedView(long candidateId, String caseCode, String municipalityCode, List<UnplacedReason> reasons,
                           OpeningChange smallestChange, String summaryJa, NetworkGap gap) {
}
