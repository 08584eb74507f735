package jp.tsunagu.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the sign-in page sends. */
public record SignInRequest(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 200) String password) {
}
