package jp.tsunagu.matching.round;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/**
 * What the coordinator may choose when starting a round; both optional.
 *
 * @param solveSeconds time limit; the prefecture's setting (default 30 s) when absent
 * @param roundStart   the Monday the proposals are for; next Monday when absent
 */
public record StartRoundRequest(@Min(1) @Max(600) Integer solveSeconds, LocalDate roundStart) {
}
