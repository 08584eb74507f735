package jp.tsunagu.booking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the coordinator or a counter sends to book a visit or an accompaniment. Times are the
 * prefecture's local time ({@code 2026-06-02T10:00}); a time with an offset is converted to it.
 */
public record BookingInput(
        @NotNull BookingKind kind,
        @NotBlank String startsAt,
        @NotBlank String endsAt,
        @Size(max = 10, message = "同行する職員は10人までにしてください") List<@NotNull Long> staffIds,
        @Size(max = 1000) String note) {

    public List<Long> staffIdsOrEmpty() {
        return staffIds == null ? List.of() : staffIds;
    }
}
