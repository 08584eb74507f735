package jp.tsunagu.matching.solver;

import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.TaskFact;

/** A trial slot (受入枠) as a planning value: its facts resolved to objects, identity equality. */
public final class Slot {

    private final int index;
    private final SlotFact fact;
    private final TaskFact task;
    private final Host host;
    private final Supervisor supervisor;

    public Slot(int index, SlotFact fact, TaskFact task, Host host, Supervisor supervisor) {
        this.index = index;
        this.fact = fact;
        this.task = task;
        this.host = host;
        this.supervisor = supervisor;
    }

    /** Position in the solution's slot list: a dense key for arrays. */
    public int index() {
        return index;
    }

    public long id() {
        return fact.id();
    }

    public SlotFact fact() {
        return fact;
    }

    public TaskFact task() {
        return task;
    }

    public Host host() {
        return host;
    }

    public Supervisor supervisor() {
        return supervisor;
    }

    public int capacity() {
        return fact.capacity();
    }

    @Override
    public String toString() {
        return "slot " + fact.id() + " at " + host;
    }
}
