package jp.tsunagu.proposal;

import java.util.EnumSet;
import java.util.Set;
import jp.tsunagu.access.Role;

/**
 * Where a proposal (マッチング案) stands on its way to a placement. A round saves its proposals as
 * DRAFT, seen by the coordinator only; publishing hands them to the counters; the counter accepts
 * with the person's consent or declines; the host confirms with a first day (the proposal becomes a
 * placement) or declines. A re-solve or a later week's round supersedes what nobody decided on.
 * The transitions themselves are {@link ProposalTransitions}.
 */
public enum ProposalState {
    /** Saved by a round; only the coordinator sees it, and may pin, swap or exclude it. */
    DRAFT("下書き"),
    /** Published: the counter decides with the person and the 支援調整会議. */
    PUBLISHED("窓口の判断待ち"),
    /** Accepted with the person's consent; the host answers. */
    ACCEPTED("受入先の回答待ち"),
    /** Confirmed by the host with a first day: a placement exists. */
    CONFIRMED("受入決定"),
    /** Declined by the person or the counter (the pair is excluded from then on). */
    DECLINED_BY_PERSON("本人・窓口が辞退"),
    /** Declined by the host (the pair is excluded from then on). */
    DECLINED_BY_HOST("受入先が辞退"),
    /** Replaced by a re-solve, excluded by the coordinator, or left undecided when a later round was saved. */
    SUPERSEDED("取り下げ");

    /** States in which the proposal still holds its slot. */
    public static final Set<ProposalState> LIVE = EnumSet.of(DRAFT, PUBLISHED, ACCEPTED, CONFIRMED);
    /** Live states in which no placement exists yet: the proposal itself holds the slot. */
    public static final Set<ProposalState> OPEN = EnumSet.of(DRAFT, PUBLISHED, ACCEPTED);
    /** Undecided by the counter: another person's choice may still move it. */
    public static final Set<ProposalState> UNDECIDED = EnumSet.of(DRAFT, PUBLISHED);
    /** States a counter sees: published or later. */
    public static final Set<ProposalState> VISIBLE_TO_COUNTER =
            EnumSet.of(PUBLISHED, ACCEPTED, CONFIRMED, DECLINED_BY_PERSON, DECLINED_BY_HOST);
    /** States in which the host may see the person's consented profile. */
    public static final Set<ProposalState> CONSENTED = EnumSet.of(ACCEPTED, CONFIRMED, DECLINED_BY_HOST);

    private final String labelJa;

    ProposalState(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    /**
     * Whether a reader of this role may know the proposal exists at all: the coordinator always, a
     * counter from publication on, a host from the person's consent on. Every path that takes a
     * proposal's id asks this before anything else, so that it answers 404 alike for a proposal the
     * reader may not see and for one that does not exist.
     */
    public boolean shownTo(Role role) {
        return switch (role) {
            case COORDINATOR -> true;
            case COUNTER -> VISIBLE_TO_COUNTER.contains(this);
            case EMPLOYER -> CONSENTED.contains(this);
        };
    }

    public boolean isLive() {
        return LIVE.contains(this);
    }
}
