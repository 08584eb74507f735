package jp.tsunagu.proposal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a host sees of a proposed person, and only after the person consented to the referral:
 * the items the person agreed to share, each null when not shared. Never the case code, the case
 * history, health details or anyone else's proposal; the proposal's id is the reference number
 * (受付番号) host and counter use between them.
 *
 * @param hoursPerDay       pacing stage, if shared
 * @param accommodationsJa  accommodations (配慮) needed, in words, if shared
 * @param interestsJa       好きなこと・得意なこと in words, if shared
 * @param counterContact    the counter's name and the clerk who accepted, if shared
 */
public record ConsentedProfile(long proposalId, ProposalState state, String stateJa, long version, long slotId,
                               String taskTitle, List<DayOfWeek> weekdays, LocalTime startTime, int slotHoursPerDay,
                               LocalDate consentDate, Integer hoursPerDay, Integer daysPerWeek,
                               List<String> accommodationsJa, List<String> interestsJa, String firstDayNeeds,
                               String counterContact, LocalDate firstDay, HostDeclineReason hostDeclineReason,
                               String hostNote) {
}
