package jp.tsunagu.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** What callers send to move a proposal; {@code version} is the version they read (optimistic locking). */
public final class ProposalRequests {

    private ProposalRequests() {
    }

    /** Pin or unpin a draft. */
    public record Versioned(@NotNull Long version) {
    }

    /** The coordinator swaps a draft for one of its alternatives. */
    public record Swap(@NotNull Long version, @NotNull Long slotId) {
    }

    /**
     * The counter accepts, with the person's consent to the referral.
     *
     * @param slotId        one of the alternatives, or null (or the proposal's own slot) for the proposal itself
     * @param sharedItems   what the person agreed may be shared with the host
     * @param firstDayNeeds what the person needs on the first day, shown to the host if shared
     */
    public record Accept(@NotNull Long version, Long slotId, @NotNull LocalDate consentDate,
                         @NotNull Set<SharedItem> sharedItems, @Size(max = 1000) String firstDayNeeds) {
    }

    /** The counter declines for the person. */
    public record Decline(@NotNull Long version, @NotNull DeclineReason reason, @Size(max = 1000) String note) {
    }

    /** The host confirms and agrees a first day. */
    public record Confirm(@NotNull Long version, @NotNull LocalDate firstDay, @Size(max = 1000) String note) {
    }

    /** The host declines. */
    public record HostDecline(@NotNull Long version, @NotNull HostDeclineReason reason, @Size(max = 1000) String note) {
    }

    /**
     * The coordinator excludes a slot, a task or a host for a person. {@code level} absent means
     * SLOT, so the pair body of before still works. The target is the id of the level's field, or
     * found through a field inside it (the task or host of {@code slotId}, the host of {@code taskId}).
     * {@code reason} is required for a task or a host; OTHER requires a note.
     */
    public record Exclude(@NotNull Long candidateId, ExclusionLevel level, Long slotId, Long taskId, Long hostId,
                          ExclusionReason reason, @Size(max = 1000) String note) {
    }

    /** A counter asks the coordinator to exclude a slot, a task or a host for its person. */
    public record RequestExclusion(@NotNull ExclusionLevel level, Long slotId, Long taskId, Long hostId,
                                   @NotNull ExclusionReason reason, @Size(max = 1000) String note) {
    }

    /** The coordinator confirms a counter's request. */
    public record ConfirmExclusionRequest(@NotNull Long version) {
    }

    /** The coordinator declines a counter's request, saying why. */
    public record DeclineExclusionRequest(@NotNull Long version, @NotBlank @Size(max = 1000) String reason) {
    }
}
