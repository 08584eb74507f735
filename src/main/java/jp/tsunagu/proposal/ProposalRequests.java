package jp.tsunagu.proposal;

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

    /** The coordinator excludes a person × slot pair. */
    public record Exclude(@NotNull Long candidateId, @NotNull Long slotId, @Size(max = 1000) String note) {
    }
}
