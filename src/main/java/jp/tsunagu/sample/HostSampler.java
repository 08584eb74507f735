package jp.tsunagu.sample;

import static jp.tsunagu.sample.Accommodations.DAY_ONE_ACCOMPANIMENT;
import static jp.tsunagu.sample.Accommodations.FLEXIBLE_BREAKS;
import static jp.tsunagu.sample.Accommodations.LITTLE_CONTACT;
import static jp.tsunagu.sample.Accommodations.NO_HEAVY_LIFTING;
import static jp.tsunagu.sample.Accommodations.QUIET_PLACE;
import static jp.tsunagu.sample.Accommodations.SAME_GENDER_ENVIRONMENT;
import static jp.tsunagu.sample.Accommodations.SHORT_HOURS;
import static jp.tsunagu.sample.Accommodations.STEADY_SUPERVISOR;
import static jp.tsunagu.sample.Accommodations.WHEELCHAIR_ACCESS;
import static jp.tsunagu.sample.Accommodations.WRITTEN_INSTRUCTIONS;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.matching.problem.HostFact;
import jp.tsunagu.matching.problem.MunicipalityFact;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.SupervisorFact;
import jp.tsunagu.matching.problem.TaskFact;
import jp.tsunagu.registry.CustomerContact;
import jp.tsunagu.registry.HostKind;
import jp.tsunagu.registry.PhysicalLoad;
import jp.tsunagu.registry.WorkKind;

/**
 * Draws the hosts of a sample week with their supervisors, carved-out tasks and trial slots.
 * Every parameter is in {@link HostDistributions} and explained in {@code sample-data/README.md}.
 */
final class HostSampler {

    private final Draw draw;
    private final List<MunicipalityFact> municipalities;
    private final LocalDate roundStart;

    HostSampler(Draw draw, List<MunicipalityFact> municipalities, LocalDate roundStart) {
        this.draw = draw;
        this.municipalities = municipalities;
        this.roundStart = roundStart;
    }

    HostSample sample(int hostCount, int slotCount) {
        List<HostFact> hosts = new ArrayList<>();
        List<TaskDraft> drafts = new ArrayList<>();
        List<SupervisorDraft> supervisorDrafts = new ArrayList<>();
        for (int h = 1; h <= hostCount; h++) {
            HostKind kind = HostDistributions.HOST_KIND.draw(draw);
            MunicipalityFact municipality = HostDistributions.municipalityFor(kind, municipalities).draw(draw);
            boolean activelyAccepting = draw.chance(HostDistributions.ACTIVELY_ACCEPTING);
            HostFact host = new HostFact(h, HostNames.name(kind, municipality, draw), kind, municipality.code(),
                    siteAccommodations(kind, activelyAccepting), activelyAccepting, weeksWithoutTrial());
            hosts.add(host);
            Set<String> pickUpFrom = pickUpFrom(kind, municipality);

            int taskCount = HostDistributions.TASKS_PER_HOST.draw(draw);
            int supervisorCount = taskCount > 1 && draw.chance(HostDistributions.SECOND_SUPERVISOR) ? 2 : 1;
            int firstSupervisor = supervisorDrafts.size();
            for (int s = 0; s < supervisorCount; s++) {
                supervisorDrafts.add(new SupervisorDraft(supervisorDrafts.size() + 1L, h));
            }
            for (int t = 0; t < taskCount && drafts.size() < slotCount; t++) {
                SupervisorDraft supervisor = supervisorDrafts.get(firstSupervisor + t % supervisorCount);
                drafts.add(taskDraft(drafts.size() + 1L, host, supervisor, pickUpFrom));
            }
        }

        // Every task has at least one slot; the rest go to tasks at random (a busy farm posts several days).
        int[] slotsOfTask = new int[drafts.size()];
        java.util.Arrays.fill(slotsOfTask, 1);
        for (int extra = drafts.size(); extra < slotCount; extra++) {
            slotsOfTask[draw.between(0, drafts.size() - 1)]++;
        }

        List<TaskFact> tasks = new ArrayList<>();
        List<SlotFact> slots = new ArrayList<>();
        for (int t = 0; t < drafts.size(); t++) {
            TaskDraft draft = drafts.get(t);
            tasks.add(draft.task());
            for (int n = 0; n < slotsOfTask[t]; n++) {
                SlotFact slot = slot(slots.size() + 1L, draft);
                slots.add(slot);
                draft.supervisor().slotCapacity += slot.capacity();
            }
        }

        List<SupervisorFact> supervisors = new ArrayList<>();
        for (SupervisorDraft draft : supervisorDrafts) {
            supervisors.add(new SupervisorFact(draft.id, draft.hostId, supervisorCapacity(draft.slotCapacity)));
        }
        return new HostSample(List.copyOf(hosts), List.copyOf(supervisors), List.copyOf(tasks), List.copyOf(slots));
    }

    /** Usually the sum of the supervisor's slots; sometimes smaller, since one person can only watch so many. */
    private int supervisorCapacity(int sumOfSlots) {
        if (sumOfSlots >= 2 && draw.chance(HostDistributions.SUPERVISOR_BELOW_SLOTS)) {
            return Math.max(1, sumOfSlots - draw.between(1, sumOfSlots - 1));
        }
        return Math.max(1, sumOfSlots);
    }

    private int weeksWithoutTrial() {
        return draw.chance(HostDistributions.HAD_TRIAL_LAST_WEEK) ? 0 : draw.between(1, 30);
    }

    private Set<String> siteAccommodations(HostKind kind, boolean activelyAccepting) {
        Set<String> offered = new TreeSet<>();
        offerIf(offered, DAY_ONE_ACCOMPANIMENT, activelyAccepting ? 0.85 : 0.50);
        offerIf(offered, WHEELCHAIR_ACCESS, HostDistributions.wheelchairAccess(kind));
        offerIf(offered, SAME_GENDER_ENVIRONMENT, 0.12);
        offerIf(offered, FLEXIBLE_BREAKS, HostDistributions.flexibleBreaks(kind));
        offerIf(offered, STEADY_SUPERVISOR, kind == HostKind.SOCIAL_WELFARE_CORPORATION ? 0.5 : 0.15);
        return offered;
    }

    private Set<String> pickUpFrom(HostKind kind, MunicipalityFact municipality) {
        Set<String> codes = new TreeSet<>();
        if (draw.chance(HostDistributions.offersPickUp(kind))) {
            for (MunicipalityFact near : Geography.within(municipality, municipalities, HostDistributions.PICK_UP_RADIUS_KM)) {
                codes.add(near.code());
            }
        }
        return codes;
    }

    private TaskDraft taskDraft(long id, HostFact host, SupervisorDraft supervisor, Set<String> pickUpFrom) {
        WorkKind workKind = HostDistributions.workKind(host.kind()).draw(draw);
        Season season = Season.of(host.kind(), workKind, draw);
        PhysicalLoad load = HostDistributions.physicalLoad(workKind).draw(draw);
        CustomerContact contact = HostDistributions.customerContact(host.kind(), workKind).draw(draw);
        Set<String> offered = new TreeSet<>();
        offerIf(offered, NO_HEAVY_LIFTING, switch (load) {
            case LIGHT -> 0.85;
            case MODERATE -> 0.30;
            case HEAVY -> 0.0;
        });
        offerIf(offered, LITTLE_CONTACT, switch (contact) {
            case NONE -> 0.90;
            case SOME -> 0.25;
            case FREQUENT -> 0.0;
        });
        offerIf(offered, QUIET_PLACE, HostDistributions.quietPlace(workKind));
        offerIf(offered, SHORT_HOURS, 0.60);
        offerIf(offered, WRITTEN_INSTRUCTIONS, host.kind() == HostKind.COMPANY
                || host.kind() == HostKind.SOCIAL_WELFARE_CORPORATION ? 0.55 : 0.45);
        offerIf(offered, STEADY_SUPERVISOR, 0.65);
        String title = TaskTitles.title(workKind, season, draw);
        TaskFact task = new TaskFact(id, host.id(), title, workKind, load, contact, offered, supervisor.id);
        return new TaskDraft(task, host, supervisor, season, pickUpFrom);
    }

    private SlotFact slot(long id, TaskDraft draft) {
        HostKind kind = draft.host().kind();
        boolean saturdays = (kind == HostKind.FARM || kind == HostKind.SHOP || kind == HostKind.COMMUNITY_CAFE)
                && draw.chance(0.3);
        int days = HostDistributions.SLOT_DAYS.draw(draw);
        Set<DayOfWeek> weekdays = weekdays(days, saturdays);
        int hours = HostDistributions.SLOT_HOURS.draw(draw);
        LocalTime start = HostDistributions.startTime(hours, kind == HostKind.FARM).draw(draw);
        LocalDate openFrom = draw.chance(HostDistributions.OPENS_LATER)
                ? roundStart.plusWeeks(draw.between(1, 6))
                : roundStart.minusWeeks(draw.between(0, 26));
        LocalDate openUntil = (openFrom.isAfter(roundStart) ? openFrom : roundStart)
                .plusWeeks(draw.between(4, 40)).plusDays(4);
        int capacity = HostDistributions.SLOT_CAPACITY.draw(draw);
        Set<Programme> programmes = HostDistributions.programmes(kind).draw(draw);
        return new SlotFact(id, draft.task().id(), weekdays, start, hours, openFrom, openUntil,
                draft.season().months(), capacity, draft.pickUpFrom(), programmes, List.of());
    }

    private Set<DayOfWeek> weekdays(int days, boolean saturdays) {
        List<DayOfWeek> pool = new ArrayList<>(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        if (saturdays) {
            pool.add(DayOfWeek.SATURDAY);
        }
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        while (chosen.size() < Math.min(days, pool.size())) {
            chosen.add(draw.pick(pool));
        }
        return chosen;
    }

    private void offerIf(Set<String> offered, String code, double probability) {
        if (draw.chance(probability)) {
            offered.add(code);
        }
    }

    /** A task while its slots are drawn; counts the slot capacity its supervisor looks after. */
    private record TaskDraft(TaskFact task, HostFact host, SupervisorDraft supervisor, Season season,
                             Set<String> pickUpFrom) {
    }

    private static final class SupervisorDraft {
        final long id;
        final long hostId;
        int slotCapacity;

        SupervisorDraft(long id, long hostId) {
            this.id = id;
            this.hostId = hostId;
        }
    }
}
