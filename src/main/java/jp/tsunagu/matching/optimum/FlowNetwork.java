package jp.tsunagu.matching.optimum;

import java.util.Arrays;

/**
 * The core of a round as a flow network, by index: people 0..n-1, slots 0..s-1, supervisors 0..k-1.
 *
 * @param candidateWeight          placement weight of each person (what placing them is worth)
 * @param feasibleSlotsOfCandidate for each person, the slots every pairwise rule allows
 * @param travelMinutesOfCandidate one-way minutes, parallel to {@code feasibleSlotsOfCandidate}
 * @param slotCapacity             people at once per slot
 * @param slotSupervisor           each slot's supervisor, or -1 if no supervisor limits it
 * @param supervisorCapacity       people at once across all of a supervisor's slots
 * @param pinnedSlotOfCandidate    a running placement that must stay, or -1; may be {@code null} (none)
 */
public record FlowNetwork(long[] candidateWeight, int[][] feasibleSlotsOfCandidate, int[][] travelMinutesOfCandidate,
                          int[] slotCapacity, int[] slotSupervisor, int[] supervisorCapacity,
                          int[] pinnedSlotOfCandidate) {

    public FlowNetwork {
        int n = candidateWeight.length;
        if (feasibleSlotsOfCandidate.length != n || travelMinutesOfCandidate.length != n) {
            throw new IllegalArgumentException("per-person arrays differ in length");
        }
        if (slotSupervisor.length != slotCapacity.length) {
            throw new IllegalArgumentException("per-slot arrays differ in length");
        }
        if (pinnedSlotOfCandidate == null) {
            pinnedSlotOfCandidate = new int[n];
            Arrays.fill(pinnedSlotOfCandidate, -1);
        } else if (pinnedSlotOfCandidate.length != n) {
            throw new IllegalArgumentException("pinnedSlotOfCandidate has the wrong length");
        }
        for (int c = 0; c < n; c++) {
            if (feasibleSlotsOfCandidate[c].length != travelMinutesOfCandidate[c].length) {
                throw new IllegalArgumentException("person " + c + ": slots and minutes differ in length");
            }
            for (int minutes : travelMinutesOfCandidate[c]) {
                if (minutes < 0) {
                    throw new IllegalArgumentException("person " + c + ": negative travel minutes");
                }
            }
        }
        for (int supervisor : slotSupervisor) {
            if (supervisor >= supervisorCapacity.length) {
                throw new IllegalArgumentException("slot supervisor " + supervisor + " out of range");
            }
        }
    }

    /** A network without running placements. */
    public FlowNetwork(long[] candidateWeight, int[][] feasibleSlotsOfCandidate, int[][] travelMinutesOfCandidate,
                       int[] slotCapacity, int[] slotSupervisor, int[] supervisorCapacity) {
        this(candidateWeight, feasibleSlotsOfCandidate, travelMinutesOfCandidate, slotCapacity, slotSupervisor,
                supervisorCapacity, null);
    }

    public int candidates() {
        return candidateWeight.length;
    }

    public int slots() {
        return slotCapacity.length;
    }

    /** Number of feasible person-slot pairs: the size that decides time and memory. */
    public long pairs() {
        long pairs = 0;
        for (int[] slots : feasibleSlotsOfCandidate) {
            pairs += slots.length;
        }
        return pairs;
    }

    /** Minutes of person {@code c} to slot {@code s}, or -1 if the pair is not feasible. */
    public int travelMinutes(int c, int s) {
        int[] slots = feasibleSlotsOfCandidate[c];
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == s) {
                return travelMinutesOfCandidate[c][i];
            }
        }
        return -1;
    }
}
