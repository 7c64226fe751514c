package dev.portico.psa;

import java.time.Duration;

/** The PSA asked us to slow down for longer than we were willing to wait. Nothing was changed. */
public class PsaRateLimitedException extends PsaUnavailableException {

    private final Duration retryAfter;

    public PsaRateLimitedException(Duration retryAfter) {
        super("PSA rate limit reached, retry after " + retryAfter.toSeconds() + " s", null);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
