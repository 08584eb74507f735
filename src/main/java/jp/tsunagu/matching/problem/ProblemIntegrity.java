package jp.tsunagu.matching.problem;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks that a problem is whole before anyone solves it: required facts present, ids unique, and
 * every reference (municipality, host, supervisor, task, slot, accommodation code) resolving. Each
 * error names the fact by its path in the file, e.g. {@code candidates[12].municipalityCode}.
 */
public final class ProblemIntegrity {

    private ProblemIntegrity() {
    }

    /** All errors found; empty when the problem is whole. */
    public static List<String> check(MatchingProblem p) {
        List<String> errors = new ArrayList<>();
        required(errors, "prefectureCode", p.prefectureCode());
        required(errors, "roundStart", p.roundStart());
        if (p.roundStart() != null && p.roundStart().getDayOfWeek() != DayOfWeek.MONDAY) {
            errors.add("roundStart: " + p.roundStart() + " is a " + p.roundStart().getDayOfWeek() + ", not a Monday");
        }

        Set<String> municipalities = codes(errors, "municipalities", p.municipalities(), MunicipalityFact::code);
        for (int i = 0; i < p.municipalities().size(); i++) {
            MunicipalityFact m = p.municipalities().get(i);
            required(errors, "municipalities[" + i + "].kind", m.kind());
            required(errors, "municipalities[" + i + "].wideArea", m.wideArea());
        }
        Set<String> accommodations = codes(errors, "accommodations", p.accommodations(), AccommodationFact::code);

        Map<Long, HostFact> hosts = ids(errors, "hosts", p.hosts(), HostFact::id);
        for (int i = 0; i < p.hosts().size(); i++) {
            HostFact h = p.hosts().get(i);
            String path = "hosts[" + i + "]";
            required(errors, path + ".kind", h.kind());
            reference(errors, path + ".municipalityCode", h.municipalityCode(), municipalities);
            references(errors, path + ".siteAccommodations", h.siteAccommodations(), accommodations);
        }

        Map<Long, SupervisorFact> supervisors = ids(errors, "supervisors", p.supervisors(), SupervisorFact::id);
        for (int i = 0; i < p.supervisors().size(); i++) {
            SupervisorFact s = p.supervisors().get(i);
            reference(errors, "supervisors[" + i + "].hostId", s.hostId(), hosts.keySet());
            if (s.capacity() < 0) {
                errors.add("supervisors[" + i + "].capacity: " + s.capacity() + " is negative");
            }
        }

        Map<Long, TaskFact> tasks = ids(errors, "tasks", p.tasks(), TaskFact::id);
        for (int i = 0; i < p.tasks().size(); i++) {
            TaskFact t = p.tasks().get(i);
            String path = "tasks[" + i + "]";
            reference(errors, path + ".hostId", t.hostId(), hosts.keySet());
            reference(errors, path + ".supervisorId", t.supervisorId(), supervisors.keySet());
            SupervisorFact supervisor = supervisors.get(t.supervisorId());
            if (supervisor != null && supervisor.hostId() != t.hostId()) {
                errors.add(path + ".supervisorId: supervisor " + t.supervisorId() + " works for host "
                        + supervisor.hostId() + ", not for host " + t.hostId());
            }
            required(errors, path + ".workKind", t.workKind());
            required(errors, path + ".physicalLoad", t.physicalLoad());
            required(errors, path + ".customerContact", t.customerContact());
            references(errors, path + ".accommodationsOffered", t.accommodationsOffered(), accommodations);
        }

        Map<Long, SlotFact> slots = ids(errors, "slots", p.slots(), SlotFact::id);
        for (int i = 0; i < p.slots().size(); i++) {
            SlotFact s = p.slots().get(i);
            String path = "slots[" + i + "]";
            reference(errors, path + ".taskId", s.taskId(), tasks.keySet());
            required(errors, path + ".startTime", s.startTime());
            required(errors, path + ".openFrom", s.openFrom());
            required(errors, path + ".openUntil", s.openUntil());
            if (s.openFrom() != null && s.openUntil() != null && s.openUntil().isBefore(s.openFrom())) {
                errors.add(path + ".openUntil: " + s.openUntil() + " is before openFrom " + s.openFrom());
            }
            positive(errors, path + ".hoursPerDay", s.hoursPerDay());
            positive(errors, path + ".capacity", s.capacity());
            if (s.weekdays().isEmpty()) {
                errors.add(path + ".weekdays: empty");
            }
            references(errors, path + ".pickUpFrom", s.pickUpFrom(), municipalities);
            for (int r = 0; r < s.pickUpRuns().size(); r++) {
                PickUpRun run = s.pickUpRuns().get(r);
                reference(errors, path + ".pickUpRuns[" + r + "].municipalityCode", run.municipalityCode(), municipalities);
                positive(errors, path + ".pickUpRuns[" + r + "].minutes", run.minutes());
            }
        }

        ids(errors, "candidates", p.candidates(), CandidateFact::id);
        for (int i = 0; i < p.candidates().size(); i++) {
            CandidateFact c = p.candidates().get(i);
            String path = "candidates[" + i + "]";
            required(errors, path + ".caseCode", c.caseCode());
            reference(errors, path + ".municipalityCode", c.municipalityCode(), municipalities);
            required(errors, path + ".travelMode", c.travelMode());
            required(errors, path + ".programme", c.programme());
            required(errors, path + ".programmeStart", c.programmeStart());
            required(errors, path + ".waitingSince", c.waitingSince());
            required(errors, path + ".availableFrom", c.availableFrom());
            required(errors, path + ".availableUntil", c.availableUntil());
            if (c.availableFrom() != null && c.availableUntil() != null
                    && !c.availableFrom().isBefore(c.availableUntil())) {
                errors.add(path + ".availableUntil: " + c.availableUntil() + " is not after availableFrom");
            }
            positive(errors, path + ".maxOneWayMinutes", c.maxOneWayMinutes());
            positive(errors, path + ".hoursPerDay", c.hoursPerDay());
            positive(errors, path + ".daysPerWeek", c.daysPerWeek());
            if (c.minimumWeeklyHours() < 0) {
                errors.add(path + ".minimumWeeklyHours: " + c.minimumWeeklyHours() + " is negative");
            }
            if (c.priority() < 1 || c.priority() > 5) {
                errors.add(path + ".priority: " + c.priority() + " is not between 1 and 5");
            }
            references(errors, path + ".accommodationNeeds", c.accommodationNeeds(), accommodations);
            references(errors, path + ".excludedHostIds", c.excludedHostIds(), hosts.keySet());
            if (c.previousSlotId() != null) {
                reference(errors, path + ".previousSlotId", c.previousSlotId(), slots.keySet());
            }
            if (c.pinnedSlotId() != null) {
                reference(errors, path + ".pinnedSlotId", c.pinnedSlotId(), slots.keySet());
            }
        }

        for (int i = 0; i < p.travelOverrides().size(); i++) {
            TravelOverride o = p.travelOverrides().get(i);
            String path = "travelOverrides[" + i + "]";
            required(errors, path + ".mode", o.mode());
            reference(errors, path + ".fromCode", o.fromCode(), municipalities);
            reference(errors, path + ".toCode", o.toCode(), municipalities);
            if (o.minutes() < 0) {
                errors.add(path + ".minutes: " + o.minutes() + " is negative");
            }
        }
        return errors;
    }

    private static <T> Set<String> codes(List<String> errors, String list, List<T> facts, Function<T, String> code) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < facts.size(); i++) {
            String value = code.apply(facts.get(i));
            if (value == null || value.isBlank()) {
                errors.add(list + "[" + i + "].code: missing");
            } else if (!seen.add(value)) {
                errors.add(list + "[" + i + "].code: '" + value + "' appears twice");
            }
        }
        return seen;
    }

    private static <T> Map<Long, T> ids(List<String> errors, String list, List<T> facts, Function<T, Long> id) {
        Map<Long, T> byId = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            T fact = facts.get(i);
            if (byId.putIfAbsent(id.apply(fact), fact) != null) {
                errors.add(list + "[" + i + "].id: " + id.apply(fact) + " appears twice");
            }
        }
        return byId;
    }

    private static void required(List<String> errors, String path, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.add(path + ": missing");
        }
    }

    private static void positive(List<String> errors, String path, int value) {
        if (value <= 0) {
            errors.add(path + ": " + value + " is not positive");
        }
    }

    private static <K> void reference(List<String> errors, String path, K value, Set<K> known) {
        if (value == null) {
            errors.add(path + ": missing");
        } else if (!known.contains(value)) {
            errors.add(path + ": '" + value + "' does not exist in the problem");
        }
    }

    private static <K> void references(List<String> errors, String path, Collection<K> values, Set<K> known) {
        for (K value : values) {
            if (!known.contains(value)) {
                errors.add(path + ": '" + value + "' does not exist in the problem");
            }
        }
    }
}
