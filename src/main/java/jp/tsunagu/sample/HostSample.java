package jp.tsunagu.sample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.matching.problem.HostFact;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.SupervisorFact;
import jp.tsunagu.matching.problem.TaskFact;

/** The host side of a sample week, with the look-ups the candidate side needs (pinned placements, exclusions). */
record HostSample(List<HostFact> hosts, List<SupervisorFact> supervisors, List<TaskFact> tasks, List<SlotFact> slots) {

    Map<Long, HostFact> hostsById() {
        Map<Long, HostFact> byId = new HashMap<>();
        hosts.forEach(h -> byId.put(h.id(), h));
        return byId;
    }

    Map<Long, TaskFact> tasksById() {
        Map<Long, TaskFact> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        return byId;
    }
}
