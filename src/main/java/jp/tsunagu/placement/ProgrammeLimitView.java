package jp.tsunagu.placement;

import java.time.LocalDate;

/**
 * A person whose 就労準備支援事業 reaches its one-year limit soon (or has reached it) with no
 * extension recorded: the counter records the reason for an extension, or plans what comes next.
 *
 * @param limitDate the last day of the programme without an extension
 * @param daysLeft  days from today to the limit; negative once it has passed
 */
public record ProgrammeLimitView(long candidateId, String caseCode, String municipalityCode, LocalDate programmeStart,
                                 LocalDate limitDate, long daysLeft, boolean placedNow) {
}
