package jp.tsunagu.candidate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import jp.tsunagu.registry.WorkKind;

/**
 * What a counter states about a person (アセスメントの要約): where they live and how they travel,
 * their programme, their current pacing stage (ステップ), when they can come, the accommodations
 * (配慮) they need, what they like, where they must not go, and their consent to matching.
 *
 * @param extensionReason the recorded reason for continuing 就労準備支援 past one year, or null
 */
public record CandidateProfile(String municipalityCode, TravelMode travelMode, int maxOneWayMinutes,
                               Programme programme, LocalDate programmeStart, String extensionReason,
                               int hoursPerDay, int daysPerWeek, Set<DayOfWeek> availableDays,
                               LocalTime availableFrom, LocalTime availableUntil, Set<String> accommodationNeeds,
                               Set<WorkKind> interests, Set<Long> excludedHostIds, int priority,
                               LocalDate waitingSince, boolean consentToMatching, LocalDate consentDate) {

    /** Cheap and consistent with equals: see {@link CandidateView#hashCode()}. */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(municipalityCode, maxOneWayMinutes, priority, waitingSince);
    }

    public CandidateProfile {
        availableDays = sorted(availableDays);
        accommodationNeeds = sorted(accommodationNeeds);
        interests = sorted(interests);
        excludedHostIds = sorted(excludedHostIds);
    }

    /** Sorted, so that a form and an export list a person's days and needs in a stable order. */
    private static <T extends Comparable<? super T>> Set<T> sorted(Set<T> values) {
        return values == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }

    public boolean extensionRecorded() {
        return extensionReason != null && !extensionReason.isBlank();
    }
}
