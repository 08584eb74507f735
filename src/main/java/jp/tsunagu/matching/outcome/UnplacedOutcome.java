package jp.tsunagu.matching.outcome;

import java.util.List;

/**
 * A person the round could not place, and why: the counter needs the reason to discuss next steps.
 *
 * @param reasons        per rule, how many slots it rules out (a slot can be counted under several)
 * @param smallestChange the smallest change that would open an option, or {@code null} if none is known
 * @param summaryJa      one paragraph in Japanese for the counter
 * @param gap            where no change on the person's side (one or two) opens a slot with room, the
 *                       kind of slot the network lacks for them; null when a change is known
 */
public record UnplacedOutcome(long candidateId, List<UnplacedReason> reasons, OpeningChange smallestChange,
                              String summaryJa, NetworkGap gap) {

    public UnplacedOutcome {
        reasons = List.copyOf(reasons);
    }
}
