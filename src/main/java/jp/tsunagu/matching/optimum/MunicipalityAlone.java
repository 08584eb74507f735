package jp.tsunagu.matching.optimum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.HostFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.SupervisorFact;
import jp.tsunagu.matching.problem.TaskFact;

/**
 * The network's value in figures (広域連携の効果): how many people each municipality would place
 * matching alone — its own people at its own hosts only, under the same rules and capacities — to
 * set against what the prefecture-wide round places.
 *
 * <p>Each municipality's count is the exact optimum of the core objective (maximum placement
 * weight, then least travel) over every feasible pair of its own ({@link FlowOptimum}); with equal
 * weights that is the largest number of people it could place. People pinned to a slot of another
 * municipality count as unplaced alone, since alone they would not have that slot.
 */
public final class MunicipalityAlone {

    /** One municipality's figures: its people in the round and how many it would place alone. */
    public record Figure(String municipalityCode, int people, int placedAlone) {
    }

    private MunicipalityAlone() {
    }

    /** Per municipality with people in the pool, in JIS code order. */
    public static List<Figure> of(MatchingProblem problem) {
        Map<Long, HostFact> hosts = new HashMap<>();
        problem.hosts().forEach(h -> hosts.put(h.id(), h));
        Map<String, List<CandidateFact>> people = new TreeMap<>();
        for (CandidateFact c : problem.candidates()) {
            people.computeIfAbsent(c.municipalityCode(), k -> new ArrayList<>()).add(c);
        }
        Map<String, List<HostFact>> hostsBy = new HashMap<>();
        problem.hosts().forEach(h -> hostsBy.computeIfAbsent(h.municipalityCode(), k -> new ArrayList<>()).add(h));
        Map<Long, List<TaskFact>> tasksBy = new HashMap<>();
        problem.tasks().forEach(t -> tasksBy.computeIfAbsent(t.hostId(), k -> new ArrayList<>()).add(t));
        Map<Long, List<SlotFact>> slotsBy = new HashMap<>();
        problem.slots().forEach(s -> slotsBy.computeIfAbsent(s.taskId(), k -> new ArrayList<>()).add(s));
        Map<Long, List<SupervisorFact>> supervisorsBy = new HashMap<>();
        problem.supervisors().forEach(s -> supervisorsBy.computeIfAbsent(s.hostId(), k -> new ArrayList<>()).add(s));

        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<String, List<CandidateFact>> entry : people.entrySet()) {
            List<HostFact> own = hostsBy.getOrDefault(entry.getKey(), List.of());
            List<TaskFact> tasks = new ArrayList<>();
            List<SupervisorFact> supervisors = new ArrayList<>();
            for (HostFact h : own) {
                tasks.addAll(tasksBy.getOrDefault(h.id(), List.of()));
                supervisors.addAll(supervisorsBy.getOrDefault(h.id(), List.of()));
            }
            List<SlotFact> slots = new ArrayList<>();
            Set<Long> taskIds = new HashSet<>();
            for (TaskFact t : tasks) {
                taskIds.add(t.id());
                slots.addAll(slotsBy.getOrDefault(t.id(), List.of()));
            }
            int placed = 0;
            if (!slots.isEmpty()) {
                MatchingProblem alone = new MatchingProblem(problem.prefectureCode(), problem.prefectureName(),
                        problem.roundStart(), problem.municipalities(), problem.accommodations(), own, supervisors,
                        tasks, slots, entry.getValue(), problem.travelOverrides(), problem.settings());
                placed = FlowOptimum.solve(ProblemNetworks.allFeasiblePairs(alone).network()).placed();
            }
            figures.add(new Figure(entry.getKey(), entry.getValue().size(), placed));
        }
        return figures;
    }

    /** The sum of the municipalities' placed-alone counts. */
    public static int total(List<Figure> figures) {
        return figures.stream().mapToInt(Figure::placedAlone).sum();
    }
}
