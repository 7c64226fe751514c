package dev.portico.psa.autotask;

import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import dev.failsafe.Timeout;
import dev.failsafe.TimeoutExceededException;
import dev.portico.psa.PsaException;
import dev.portico.psa.PsaRateLimitedException;
import dev.portico.psa.PsaUnavailableException;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The failure policies around every Autotask call: an overall timeout, waiting out 429s (bounded),
 * retrying reads with backoff, and one circuit breaker for the whole PSA. Writes are never retried
 * after the PSA may have acted on them; a 429 means it did not, so that one is waited out for writes too.
 */
final class AtResilience {

    private static final Logger LOG = Logger.getLogger(AtResilience.class.getName());

    private final CircuitBreaker<Object> breaker;
    private final FailsafeExecutor<Object> reads;
    private final FailsafeExecutor<Object> writes;
    private final Duration callTimeout;

    AtResilience(AutotaskSettings settings) {
        this.callTimeout = settings.callTimeout();
        this.breaker = CircuitBreaker.builder()
                .handleIf(e -> e instanceof TransientPsaFailure)
                .withFailureThreshold(settings.circuitFailureThreshold())
                .withDelay(settings.circuitDelay())
                .onOpen(e -> LOG.warning("PSA circuit opened after repeated failures; calls fail fast for "
                        + settings.circuitDelay().toMillis() + " ms"))
                .onHalfOpen(e -> LOG.info("PSA circuit half-open; the next call probes the PSA"))
                .onClose(e -> LOG.info("PSA circuit closed; the PSA answers again"))
                .build();
        Timeout<Object> timeout = Timeout.builder(settings.callTimeout()).withInterrupt().build();
        Duration maxWait = settings.rateLimitMaxWait();
        RetryPolicy<Object> rateLimit = RetryPolicy.builder()
                .handle(PsaRateLimitedException.class)
                .abortIf((result, failure) -> failure instanceof PsaRateLimitedException limited
                        && limited.retryAfter().compareTo(maxWait) > 0)
                .withDelayFnOn(ctx -> backoff(ctx.<PsaRateLimitedException>getLastException().retryAfter(),
                        ctx.getAttemptCount(), maxWait), PsaRateLimitedException.class)
                .withMaxRetries(settings.rateLimitMaxRetries())
                .onRetry(e -> LOG.log(Level.FINE, "PSA rate limit, waiting as asked (attempt {0})", e.getAttemptCount()))
                .build();
        var retryBuilder = RetryPolicy.builder().handleIf(e -> e instanceof TransientPsaFailure);
        if (settings.retryMaxDelay().compareTo(settings.retryInitialDelay()) > 0) {
            retryBuilder.withBackoff(settings.retryInitialDelay(), settings.retryMaxDelay());
        } else {
            retryBuilder.withDelay(settings.retryInitialDelay());
        }
        RetryPolicy<Object> retry = retryBuilder
                .withMaxAttempts(settings.retryMaxAttempts())
                .onRetry(e -> LOG.log(Level.FINE, "Retrying PSA read after {0}", e.getLastException().toString()))
                .build();
        this.reads = Failsafe.with(timeout, rateLimit, retry, breaker);
        this.writes = Failsafe.with(timeout, rateLimit, breaker);
    }

    /**
     * The wait before the next attempt after a 429: Autotask sends no Retry-After, so the wait doubles with each
     * attempt from {@code retryAfter} (one second when the PSA named none), never beyond {@code maxWait}.
     */
    static Duration backoff(Duration retryAfter, int attempts, Duration maxWait) {
        Duration wait = retryAfter.multipliedBy(1L << Math.max(0, Math.min(attempts - 1, 6)));
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    <T> T read(Supplier<T> call) {
        return run(reads, call);
    }

    <T> T write(Supplier<T> call) {
        return run(writes, call);
    }

    CircuitBreaker<Object> breaker() {
        return breaker;
    }

    @SuppressWarnings("unchecked")
    private <T> T run(FailsafeExecutor<Object> executor, Supplier<T> call) {
        try {
            return (T) executor.get(() -> translated(call));
        } catch (CircuitBreakerOpenException open) {
            throw new PsaUnavailableException("PSA circuit is open after repeated failures", open);
        } catch (TimeoutExceededException slow) {
            Thread.interrupted();
            throw new PsaUnavailableException("PSA did not answer within " + callTimeout.toMillis() + " ms", slow);
        } catch (FailsafeException wrapped) {
            throw translate(wrapped.getCause() == null ? wrapped : wrapped.getCause());
        }
    }

    /** Runs one attempt and turns transport failures into the connector's exceptions, so the policies can judge them. */
    static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (PsaException known) {
            throw known;
        } catch (RuntimeException failure) {
            throw translate(failure);
        }
    }

    static PsaException translate(Throwable failure) {
        if (failure instanceof PsaException known) {
            return known;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PsaException known) {
                return known;
            }
            if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
                return new TransientPsaFailure("PSA did not answer in time", failure);
            }
            if (cause instanceof IOException || cause instanceof UncheckedIOException) {
                return new TransientPsaFailure("PSA not reachable: " + cause.getMessage(), failure);
            }
        }
        if (failure instanceof ProcessingException) {
            return new PsaUnavailableException("PSA answer could not be read: " + failure.getMessage(), failure);
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        return new PsaUnavailableException("PSA call failed: " + failure, failure);
    }
}
