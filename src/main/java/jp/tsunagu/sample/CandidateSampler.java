package jp.tsunagu.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.HostFact;
import jp.tsunagu.matching.problem.MunicipalityFact;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.TaskFact;
import jp.tsunagu.registry.WorkKind;
import jp.tsunagu.sample.CandidateDistributions.AgeBand;
import jp.tsunagu.sample.CandidateDistributions.Availability;
import jp.tsunagu.sample.CandidateDistributions.Stage;

/**
 * Draws the people of a sample week. Every parameter is in {@link CandidateDistributions} and
 * explained in {@code sample-data/README.md}.
 */
final class CandidateSampler {

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final Draw draw;
    private final List<MunicipalityCatalogue.Entry> municipalities;
    private final HostSample hostSample;
    private final LocalDate roundStart;
    private final Map<String, MunicipalityFact> municipalityByCode = new LinkedHashMap<>();
    private final Map<Long, HostFact> hostsById;
    private final Map<Long, TaskFact> tasksById;
    private final Map<String, List<HostFact>> hostsByWideArea = new LinkedHashMap<>();
    private final Map<String, List<SlotFact>> slotsByWideArea = new LinkedHashMap<>();

    CandidateSampler(Draw draw, List<MunicipalityCatalogue.Entry> municipalities, HostSample hostSample,
                     LocalDate roundStart) {
        this.draw = draw;
        this.municipalities = municipalities;
        this.hostSample = hostSample;
        this.roundStart = roundStart;
        municipalities.forEach(e -> municipalityByCode.put(e.fact().code(), e.fact()));
        this.hostsById = hostSample.hostsById();
        this.tasksById = hostSample.tasksById();
        for (HostFact host : hostSample.hosts()) {
            hostsByWideArea.computeIfAbsent(wideAreaOf(host), a -> new ArrayList<>()).add(host);
        }
        for (SlotFact slot : hostSample.slots()) {
            HostFact host = hostsById.get(tasksById.get(slot.taskId()).hostId());
            slotsByWideArea.computeIfAbsent(wideAreaOf(host), a -> new ArrayList<>()).add(slot);
        }
    }

    /** {@code count} people with ids from {@code firstId}; a few of them pinned to a running placement. */
    List<CandidateFact> sample(long firstId, int count) {
        List<CandidateFact> candidates = new ArrayList<>();
        int pinned = Math.max(2, (int) Math.round(count * CandidateDistributions.PINNED));
        List<SlotFact> running = runningSlots(pinned);
        long id = firstId;
        for (SlotFact slot : running) {
            candidates.add(pinnedTo(id++, slot));
        }
        while (candidates.size() < count) {
            candidates.add(candidate(id++));
        }
        return candidates;
    }

    private CandidateFact candidate(long id) {
        MunicipalityFact home = homeMunicipality();
        AgeBand age = CandidateDistributions.AGE_BAND.draw(draw);
        TravelMode mode = CandidateDistributions.travelMode(home.kind(), age).draw(draw);
        int maxMinutes = CandidateDistributions.maxOneWayMinutes(mode).draw(draw);
        Programme programme = CandidateDistributions.PROGRAMME.draw(draw);
        Stage stage = CandidateDistributions.stage(programme).draw(draw);

        Availability availability = CandidateDistributions.AVAILABILITY.draw(draw);
        Set<DayOfWeek> days = availableDays(availability);
        LocalTime from = switch (availability) {
            case PARENT_CARE -> LocalTime.of(10, 0);
            case CHILD_CARE -> LocalTime.of(9, 30);
            case AFTERNOONS -> LocalTime.of(13, 0);
            default -> CandidateDistributions.DAY_STARTS.draw(draw);
        };
        LocalTime until = switch (availability) {
            case PARENT_CARE -> LocalTime.of(15, 0);
            case CHILD_CARE -> LocalTime.of(14, 30);
            default -> LocalTime.of(17, 0);
        };
        // A stage cannot ask more than the week and the day leave room for.
        int hours = Math.min(stage.hoursPerDay(), (int) java.time.Duration.between(from, until).toHours());
        int daysPerWeek = Math.min(stage.daysPerWeek(), days.size());

        Set<String> needs = new TreeSet<>();
        int needCount = CandidateDistributions.NEED_COUNT.draw(draw);
        Weighted<String> need = CandidateDistributions.need(age);
        while (needs.size() < needCount) {
            needs.add(need.draw(draw));
        }
        if (availability == Availability.PARENT_CARE && draw.chance(0.4)) {
            needs.add(Accommodations.FLEXIBLE_BREAKS); // calls from the care manager
        }

        Set<WorkKind> interests = EnumSet.noneOf(WorkKind.class);
        if (programme == Programme.FARM_EXPERIENCE) {
            interests.add(WorkKind.FARMING);
        }
        int interestCount = CandidateDistributions.INTEREST_COUNT.draw(draw);
        while (interests.size() < interestCount) {
            interests.add(CandidateDistributions.INTEREST.draw(draw));
        }

        Set<Long> excluded = exclusions(home);
        int priority = CandidateDistributions.PRIORITY.draw(draw);
        LocalDate waitingSince = waitingSince();
        ProgrammeStart start = programmeStart(programme, waitingSince);
        if (start.date().isAfter(waitingSince)) {
            waitingSince = start.date();
        }
        Long previousSlotId = draw.chance(CandidateDistributions.HAD_PROPOSAL_LAST_ROUND)
                ? previousSlot(home, programme, hours, daysPerWeek) : null;

        return new CandidateFact(id, CaseCodes.of(id), home.code(), counterId(home), mode, maxMinutes,
                programme, start.date(), start.extensionRecorded(), hours, daysPerWeek, 0, days, from, until,
                needs, interests, excluded, Set.of(), priority, waitingSince, previousSlotId, null);
    }

    /** Someone already working in a slot: fitted to it, so that the running placement is feasible. */
    private CandidateFact pinnedTo(long id, SlotFact slot) {
        TaskFact task = tasksById.get(slot.taskId());
        HostFact host = hostsById.get(task.hostId());
        MunicipalityFact home = municipalityByCode.get(host.municipalityCode());
        Programme programme = slot.programmes().isEmpty()
                ? Programme.WORK_EXPERIENCE
                : new TreeSet<>(slot.programmes()).first();
        Stage stage = CandidateDistributions.STAGES.stream()
                .filter(s -> s.hoursPerDay() >= slot.hoursPerDay() && s.daysPerWeek() >= slot.daysPerWeek())
                .findFirst().orElse(new Stage(slot.hoursPerDay(), slot.daysPerWeek()));
        Set<DayOfWeek> days = EnumSet.copyOf(WEEKDAYS);
        days.addAll(slot.weekdays());
        Set<String> offered = new TreeSet<>(host.siteAccommodations());
        offered.addAll(task.accommodationsOffered());
        Set<String> needs = new TreeSet<>();
        if (!offered.isEmpty() && draw.chance(0.6)) {
            needs.add(draw.pick(List.copyOf(offered)));
        }
        LocalDate waitingSince = roundStart.minusWeeks(draw.between(4, 20));
        LocalDate programmeStart = waitingSince.minusWeeks(draw.between(0, 8));
        return new CandidateFact(id, CaseCodes.of(id), home.code(), counterId(home), TravelMode.CAR, 45,
                programme, programmeStart, false, stage.hoursPerDay(), stage.daysPerWeek(), 0, days,
                LocalTime.of(8, 0), LocalTime.of(17, 0), needs, EnumSet.of(task.workKind()), Set.of(), Set.of(),
                CandidateDistributions.PRIORITY.draw(draw), waitingSince, slot.id(), slot.id());
    }

    /** Slots open this week and in season, one per supervisor, so running placements never overfill one. */
    private List<SlotFact> runningSlots(int wanted) {
        List<SlotFact> open = new ArrayList<>();
        for (SlotFact slot : hostSample.slots()) {
            boolean inSeason = slot.seasonMonths().isEmpty() || slot.seasonMonths().contains(roundStart.getMonth());
            if (inSeason && !slot.openFrom().isAfter(roundStart) && !slot.openUntil().isBefore(roundStart)) {
                open.add(slot);
            }
        }
        List<SlotFact> chosen = new ArrayList<>();
        Set<Long> supervisors = new HashSet<>();
        for (int attempt = 0; chosen.size() < wanted && attempt < wanted * 20 && !open.isEmpty(); attempt++) {
            SlotFact slot = draw.pick(open);
            if (supervisors.add(tasksById.get(slot.taskId()).supervisorId())) {
                chosen.add(slot);
            }
        }
        chosen.sort(java.util.Comparator.comparingLong(SlotFact::id));
        return chosen;
    }

    private MunicipalityFact homeMunicipality() {
        Weighted<MunicipalityFact> home = Weighted.of();
        for (MunicipalityCatalogue.Entry entry : municipalities) {
            double weight = entry.population().isPresent()
                    ? entry.population().getAsLong()
                    : CandidateDistributions.homeWeight(entry.fact().kind());
            home.with(entry.fact(), weight);
        }
        return home.draw(draw);
    }

    private Set<DayOfWeek> availableDays(Availability availability) {
        Set<DayOfWeek> days = EnumSet.copyOf(WEEKDAYS);
        switch (availability) {
            case ONE_DAY_OFF -> days.remove(draw.pick(WEEKDAYS));
            case PARENT_CARE -> {
                // The parent's day-service (デイサービス) days: two or three fixed weekdays.
                int keep = draw.between(2, 3);
                while (days.size() > keep) {
                    days.remove(draw.pick(WEEKDAYS));
                }
            }
            case WITH_SATURDAY -> days.add(DayOfWeek.SATURDAY);
            default -> {
            }
        }
        return days;
    }

    private Set<Long> exclusions(MunicipalityFact home) {
        Set<Long> excluded = new TreeSet<>();
        List<HostFact> near = hostsByWideArea.getOrDefault(home.wideArea(), List.of());
        if (near.isEmpty()) {
            return excluded;
        }
        double u = draw.unit();
        int count = u < CandidateDistributions.TWO_EXCLUSIONS ? 2
                : u < CandidateDistributions.TWO_EXCLUSIONS + CandidateDistributions.ONE_EXCLUSION ? 1 : 0;
        for (int i = 0; i < count; i++) {
            excluded.add(draw.pick(near).id());
        }
        return excluded;
    }

    /** Skewed to the recent: most people wait a few weeks, a few wait the better part of a year. */
    private LocalDate waitingSince() {
        int weeks = (int) Math.floor((CandidateDistributions.MAX_WAITING_WEEKS + 1) * Math.pow(draw.unit(), 1.6));
        return roundStart.minusWeeks(Math.min(weeks, CandidateDistributions.MAX_WAITING_WEEKS))
                .minusDays(draw.between(0, 4));
    }

    private record ProgrammeStart(LocalDate date, boolean extensionRecorded) {
    }

    private ProgrammeStart programmeStart(Programme programme, LocalDate waitingSince) {
        if (programme == Programme.WORK_READINESS) {
            if (draw.chance(CandidateDistributions.WORK_READINESS_PAST_ONE_YEAR)) {
                return new ProgrammeStart(roundStart.minusWeeks(draw.between(53, 80)), draw.chance(0.5));
            }
            return new ProgrammeStart(roundStart.minusWeeks(draw.between(0, 48)), false);
        }
        return new ProgrammeStart(waitingSince.minusWeeks(draw.between(0, 20)), false);
    }

    private Long previousSlot(MunicipalityFact home, Programme programme, int hours, int days) {
        List<SlotFact> fitting = new ArrayList<>();
        for (SlotFact slot : slotsByWideArea.getOrDefault(home.wideArea(), List.of())) {
            if (slot.hoursPerDay() <= hours && slot.daysPerWeek() <= days
                    && (slot.programmes().isEmpty() || slot.programmes().contains(programme))) {
                fitting.add(slot);
            }
        }
        return fitting.isEmpty() ? null : draw.pick(fitting).id();
    }

    private String wideAreaOf(HostFact host) {
        return municipalityByCode.get(host.municipalityCode()).wideArea();
    }

    /** One counter per municipality (towns and villages without a 福祉事務所 through their 一次相談 counter). */
    static long counterId(MunicipalityFact home) {
        return Long.parseLong(home.code().substring(0, 5));
    }
}
