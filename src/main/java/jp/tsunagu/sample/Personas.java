package jp.tsunagu.sample;

import static jp.tsunagu.sample.Accommodations.DAY_ONE_ACCOMPANIMENT;
import static jp.tsunagu.sample.Accommodations.FLEXIBLE_BREAKS;
import static jp.tsunagu.sample.Accommodations.LITTLE_CONTACT;
import static jp.tsunagu.sample.Accommodations.NO_HEAVY_LIFTING;
import static jp.tsunagu.sample.Accommodations.QUIET_PLACE;
import static jp.tsunagu.sample.Accommodations.STEADY_SUPERVISOR;
import static jp.tsunagu.sample.Accommodations.WRITTEN_INSTRUCTIONS;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.MunicipalityFact;
import jp.tsunagu.registry.WorkKind;

/**
 * The people the source documents describe, as fixed members of every sample week with stable
 * case codes, so that a demonstration or a test can follow them by name. They take ids 1 to 4.
 */
public final class Personas {

    /**
     * A man in his forties after ten years at home (引きこもり): wants to work but has no confidence;
     * starts with 就労準備支援 to rebuild his daily life (seed 003, l.943-980; seed 002, 10年以上ひきこもり).
     * No licence after years at home, so the bus (up to an hour, which reaches 長野市); two short
     * days a week, little contact, a quiet place and someone with him on the first day.
     */
    public static final String HIKIKOMORI_40S = CaseCodes.of(1);
    /**
     * A woman of 35 with a suspected disability whose jobs do not last (障害の疑いがあり、仕事をしても
     * 続かず、落ち込んでいる; seed 003, l.995-1011): written instructions and one steady supervisor,
     * so that what is expected does not change from day to day.
     */
    public static final String SUSPECTED_DISABILITY_35 = CaseCodes.of(2);
    /**
     * Someone in a mountain village (大鹿村) who cannot drive: gave up the licence (免許返納, seed 003,
     * l.1591) and depends on a rare bus; only a place with a role (居場所) for now.
     */
    public static final String VILLAGE_NO_CAR = CaseCodes.of(3);
    /**
     * A carer of a parent with dementia (母の介護と就労の両立, seed 003, l.1620-1660): free only on the
     * three days the mother is at day service, and only between nine and two; two days a week for now.
     */
    public static final String PARENT_CARER = CaseCodes.of(4);

    public static final List<String> CASE_CODES = List.of(HIKIKOMORI_40S, SUSPECTED_DISABILITY_35, VILLAGE_NO_CAR,
            PARENT_CARER);

    static final int COUNT = 4;

    private Personas() {
    }

    static List<CandidateFact> all(Map<String, MunicipalityFact> municipalityByCode, LocalDate roundStart) {
        return List.of(
                person(1, HIKIKOMORI_40S, municipalityByCode.get("202070"), // 須坂市
                        TravelMode.PUBLIC_TRANSPORT, 60, Programme.WORK_READINESS, roundStart.minusWeeks(30),
                        2, 2, weekdays(), LocalTime.of(9, 0), LocalTime.of(16, 0),
                        Set.of(LITTLE_CONTACT, QUIET_PLACE, DAY_ONE_ACCOMPANIMENT),
                        EnumSet.of(WorkKind.DATA_ENTRY, WorkKind.GARDENING), 3, roundStart.minusWeeks(12)),
                person(2, SUSPECTED_DISABILITY_35, municipalityByCode.get("202029"), // 松本市
                        TravelMode.CAR, 30, Programme.CERTIFIED_TRAINING_NON_EMPLOYED, roundStart.minusWeeks(10),
                        3, 3, weekdays(), LocalTime.of(9, 0), LocalTime.of(15, 0),
                        Set.of(WRITTEN_INSTRUCTIONS, STEADY_SUPERVISOR),
                        EnumSet.of(WorkKind.KITCHEN_HELP, WorkKind.LIGHT_WORK), 2, roundStart.minusWeeks(6)),
                person(3, VILLAGE_NO_CAR, municipalityByCode.get("204170"), // 大鹿村
                        TravelMode.PUBLIC_TRANSPORT, 60, Programme.PARTICIPATION, roundStart.minusWeeks(24),
                        2, 2, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                        LocalTime.of(10, 0), LocalTime.of(15, 0),
                        Set.of(NO_HEAVY_LIFTING),
                        EnumSet.of(WorkKind.FARMING, WorkKind.GARDENING), 2, roundStart.minusWeeks(20)),
                person(4, PARENT_CARER, municipalityByCode.get("203629"), // 富士見町
                        TravelMode.CAR, 30, Programme.WORK_EXPERIENCE, roundStart.minusWeeks(18),
                        3, 2, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                        LocalTime.of(9, 0), LocalTime.of(14, 0),
                        Set.of(FLEXIBLE_BREAKS),
                        EnumSet.of(WorkKind.LIGHT_WORK, WorkKind.MANUFACTURING), 3, roundStart.minusWeeks(16)));
    }

    private static Set<DayOfWeek> weekdays() {
        return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }

    @SuppressWarnings("java:S107") // a persona is a full row of facts
    private static CandidateFact person(long id, String caseCode, MunicipalityFact home, TravelMode mode,
                                        int maxMinutes, Programme programme, LocalDate programmeStart,
                                        int hours, int days, Set<DayOfWeek> availableDays, LocalTime from,
                                        LocalTime until, Set<String> needs, Set<WorkKind> interests, int priority,
                                        LocalDate waitingSince) {
        if (home == null) {
            throw new IllegalStateException("persona " + caseCode + ": home municipality is not in the sample");
        }
        return new CandidateFact(id, caseCode, home.code(), CandidateSampler.counterId(home), mode, maxMinutes,
                programme, programmeStart, false, hours, days, 0, availableDays, from, until, needs, interests,
                Set.of(), Set.of(), priority, waitingSince, null, null);
    }
}
