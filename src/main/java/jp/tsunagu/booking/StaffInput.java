package jp.tsunagu.booking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new accompanying staff member: of a counter, or of the prefecture when {@code counterId} is absent. */
public record StaffInput(@NotBlank @Size(max = 120) String name, Long counterId) {
}
