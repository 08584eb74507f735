package jp.tsunagu.placement;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What callers send about a placement. */
public final class PlacementRequests {

    private PlacementRequests() {
    }

    /** The host records a week's attendance (the week's Monday is in the path). */
    public record Attendance(@NotNull @Min(0) @Max(7) Integer daysAttended,
                             @NotNull @DecimalMin("0.0") @DecimalMax("80.0") BigDecimal hoursAttended) {
    }

    /** The counter records a follow-up done. */
    public record FollowUpDone(@NotNull Long version, @NotNull LocalDate doneOn, @Size(max = 2000) String note) {
    }

    /**
     * The counter accepts a step suggestion with the person.
     *
     * @param currentSlotCanStepUp for a step up: the host gives the new stage in the same slot;
     *                             otherwise the next rounds look for a slot that fits it
     */
    public record AcceptStep(@NotNull Long version, Boolean currentSlotCanStepUp) {
    }

    /** The counter dismisses a step suggestion. */
    public record DismissStep(@NotNull Long version) {
    }

    /** The counter ends a placement with an outcome and a reason. */
    public record End(@NotNull Long version, @NotNull LocalDate endedOn, @NotNull PlacementOutcome outcome,
                      @NotBlank @Size(max = 1000) String reason) {
    }
}
