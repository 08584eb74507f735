package jp.tsunagu.vocabulary;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.tsunagu.booking.BookingKind;
import jp.tsunagu.candidate.CandidateStatus;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.round.RoundStatus;
import jp.tsunagu.notification.NotificationKind;
import jp.tsunagu.placement.PlacementOutcome;
import jp.tsunagu.placement.StepSuggestion;
import jp.tsunagu.proposal.DeclineReason;
import jp.tsunagu.proposal.ExclusionSource;
import jp.tsunagu.proposal.ExclusionReason;
import jp.tsunagu.proposal.HostDeclineReason;
import jp.tsunagu.proposal.ProposalState;
import jp.tsunagu.proposal.SharedItem;
import jp.tsunagu.registry.CustomerContact;
import jp.tsunagu.registry.HostKind;
import jp.tsunagu.registry.PhysicalLoad;
import jp.tsunagu.registry.WorkKind;
import jp.tsunagu.resource.ResourceKind;

/**
 * Every code list the screens show, each as [code, Japanese label] pairs in the enum's order: the one
 * place the words come from. A list's name is the one the screens import.
 */
public final class Vocabulary {

    private static final Map<String, List<List<String>>> LISTS = build();

    private Vocabulary() {
    }

    public static Map<String, List<List<String>>> lists() {
        return LISTS;
    }

    private static Map<String, List<List<String>>> build() {
        Map<String, List<List<String>>> lists = new LinkedHashMap<>();
        lists.put("TRAVEL_MODES", pairs(TravelMode.values(), TravelMode::labelJa));
        lists.put("PROGRAMMES", pairs(Programme.values(), Programme::labelJa));
        lists.put("WORK_KINDS", pairs(WorkKind.values(), WorkKind::labelJa));
        lists.put("WEEKDAYS", pairs(DayOfWeek.values(), Vocabulary::weekday));
        lists.put("CANDIDATE_STATUS", pairs(CandidateStatus.values(), CandidateStatus::labelJa));
        lists.put("SHARED_ITEMS", pairs(SharedItem.values(), SharedItem::labelJa));
        lists.put("DECLINE_REASONS", pairs(DeclineReason.values(), DeclineReason::labelJa));
        lists.put("HOST_DECLINE_REASONS", pairs(HostDeclineReason.values(), HostDeclineReason::labelJa));
        lists.put("PROPOSAL_STATES", pairs(ProposalState.values(), ProposalState::labelJa));
        lists.put("PLACEMENT_OUTCOMES", pairs(PlacementOutcome.values(), PlacementOutcome::labelJa));
        lists.put("BOOKING_KINDS", pairs(BookingKind.values(), BookingKind::labelJa));
        lists.put("RESOURCE_KINDS", pairs(ResourceKind.values(), ResourceKind::labelJa));
        lists.put("HOST_KINDS", pairs(HostKind.values(), HostKind::labelJa));
        lists.put("PHYSICAL_LOADS", pairs(PhysicalLoad.values(), PhysicalLoad::labelJa));
        lists.put("CUSTOMER_CONTACTS", pairs(CustomerContact.values(), CustomerContact::labelJa));
        lists.put("ROUND_STATUS", pairs(RoundStatus.values(), RoundStatus::labelJa));
        lists.put("NOTIFICATION_KINDS", pairs(NotificationKind.values(), NotificationKind::labelJa));
        lists.put("SUGGESTION_STATES", pairs(StepSuggestion.State.values(), StepSuggestion.State::labelJa));
        lists.put("EXCLUSION_SOURCES", pairs(ExclusionSource.values(), ExclusionSource::labelJa));
        lists.put("EXCLUSION_REASONS", pairs(ExclusionReason.values(), ExclusionReason::labelJa));
        return java.util.Collections.unmodifiableMap(lists);
    }

    /** 月 for Monday: the one-character name a timetable uses. */
    static String weekday(DayOfWeek day) {
        return String.valueOf("月火水木金土日".charAt(day.getValue() - 1));
    }

    private static <E extends Enum<E>> List<List<String>> pairs(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> List.of(v.name(), label.apply(v))).toList();
    }
}
