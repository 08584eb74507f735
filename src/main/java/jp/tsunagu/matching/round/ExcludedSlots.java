package jp.tsunagu.matching.round;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.TaskFact;

/**
 * The active exclusions of a prefecture, per person, at their three levels (slot, task, host), and
 * their expansion into the slots the solver must not give that person. The solver knows one rule
 * for this, {@code slotExclusionRespected} on the person's excluded slots; a task or a host
 * becomes every one of its slots in this round's pool, so a slot opened after the exclusion is
 * excluded as well and the rule stays defined once.
 *
 * <p>A task or host exclusion leaves out the slot the person already holds (a running placement, an
 * accepted or published proposal, a pin): the exclusion keeps new proposals away; what is already
 * being decided is ended in the lifecycle, by the counter's or the host's decline. A slot named by
 * itself stays excluded even when held, as before.
 */
final class ExcludedSlots {

    private final Map<Long, Set<Long>> slots = new HashMap<>();
    private final Map<Long, Set<Long>> tasks = new HashMap<>();
    private final Map<Long, Set<Long>> hosts = new HashMap<>();

    void slot(long candidateId, long slotId) {
        slots.computeIfAbsent(candidateId, c -> new HashSet<>()).add(slotId);
    }

    void task(long candidateId, long taskId) {
        tasks.computeIfAbsent(candidateId, c -> new HashSet<>()).add(taskId);
    }

    void host(long candidateId, long hostId) {
        hosts.computeIfAbsent(candidateId, c -> new HashSet<>()).add(hostId);
    }

    /**
     * Person → the slots of the pool they must not be proposed: the slots excluded by themselves and
     * every slot of an excluded task or host, except the slot the person holds ({@code held}).
     */
    Map<Long, Set<Long>> expand(Collection<TaskFact> poolTasks, Collection<SlotFact> poolSlots, Map<Long, Long> held) {
        Map<Long, Long> hostOfTask = new HashMap<>();
        poolTasks.forEach(t -> hostOfTask.put(t.id(), t.hostId()));
        Map<Long, Set<Long>> expanded = new HashMap<>();
        slots.forEach((person, ids) -> expanded.computeIfAbsent(person, p -> new HashSet<>()).addAll(ids));
        Set<Long> people = new HashSet<>(tasks.keySet());
        people.addAll(hosts.keySet());
        for (Long person : people) {
            Set<Long> excludedTasks = tasks.getOrDefault(person, Set.of());
            Set<Long> excludedHosts = hosts.getOrDefault(person, Set.of());
            Long holding = held.get(person);
            for (SlotFact slot : poolSlots) {
                boolean covered = excludedTasks.contains(slot.taskId())
                        || excludedHosts.contains(hostOfTask.get(slot.taskId()));
                if (covered && !Long.valueOf(slot.id()).equals(holding)) {
                    expanded.computeIfAbsent(person, p -> new HashSet<>()).add(slot.id());
                }
            }
        }
        return expanded;
    }
}
