package jp.tsunagu.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import jp.tsunagu.candidate.Programme;

/**
 * A trial slot of a task. {@code seasonMonths} are 1-12; empty means all year. {@code pickUpFrom}:
 * municipalities the host picks people up from in the prefecture's pick-up minutes;
 * {@code pickUpRuns}: the slot's own runs, from a municipality or a named point in it, with their
 * minutes (a run's municipality needs no entry in {@code pickUpFrom}).
 */
public record SlotInput(
        @NotNull Long taskId,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_\\-]+", message = "英数字・ハイフン・下線のみ使えます")
        String externalRef,
        @NotEmpty Set<DayOfWeek> weekdays,
        @NotNull LocalTime startTime,
        @NotNull @Min(1) @Max(8) Integer hoursPerDay,
        @NotNull LocalDate openFrom,
        @NotNull LocalDate openUntil,
        Set<Integer> seasonMonths,
        @NotNull @Min(1) @Max(20) Integer capacity,
        Set<String> pickUpFrom,
        Set<Programme> programmes,
        Boolean open,
        Long version,
        @Valid List<@NotNull @Valid SlotPickUpRun> pickUpRuns) {

}
