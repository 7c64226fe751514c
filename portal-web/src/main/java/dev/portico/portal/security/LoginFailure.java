package dev.portico.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;

/** Why the mechanism refused a log-in, handed to the log-in page through a request attribute. */
public record LoginFailure(Reason reason, Duration retryAfter) {

    private static final String ATTRIBUTE = LoginFailure.class.getName();

    public enum Reason {
        /** Wrong e-mail or password, inactive or portal-disabled contact: never told apart. */
        INVALID_CREDENTIALS,
        THROTTLED,
        PSA_UNAVAILABLE
    }

    static void report(HttpServletRequest request, Reason reason, Duration retryAfter) {
        request.setAttribute(ATTRIBUTE, new LoginFailure(reason, retryAfter));
    }

    public static Optional<LoginFailure> of(HttpServletRequest request) {
        return Optional.ofNullable((LoginFailure) request.getAttribute(ATTRIBUTE));
    }

    /** Whole minutes to wait, rounded up so "try again in 1 minute" is never too early. */
    public long retryAfterMinutes() {
        long seconds = retryAfter.toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }
}
