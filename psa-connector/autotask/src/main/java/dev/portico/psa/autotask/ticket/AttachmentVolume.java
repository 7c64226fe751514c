package dev.portico.psa.autotask.ticket;

import dev.portico.psa.PsaRateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Autotask blocks attachment uploads for five minutes once 10,000,000 bytes were sent within five minutes. The
 * portal keeps below that: an upload that would cross the volume within the window is refused before it is sent,
 * with the time until enough of the window has passed.
 */
final class AttachmentVolume {

    private record Upload(Instant at, long bytes) {
    }

    private final long maxBytes;
    private final Duration window;
    private final Clock clock;
    private final Deque<Upload> uploads = new ArrayDeque<>();

    AttachmentVolume(long maxBytes, Duration window, Clock clock) {
        this.maxBytes = maxBytes;
        this.window = window;
        this.clock = clock;
    }

    /** Reserves {@code bytes} of the window's volume, or refuses with the wait until they fit. */
    synchronized void reserve(long bytes) {
        Instant now = clock.instant();
        while (!uploads.isEmpty() && !uploads.peekFirst().at().plus(window).isAfter(now)) {
            uploads.removeFirst();
        }
        long used = uploads.stream().mapToLong(Upload::bytes).sum();
        if (used + bytes > maxBytes) {
            Duration wait = uploads.isEmpty() ? window : Duration.between(now, uploads.peekFirst().at().plus(window));
            throw new PsaRateLimitedException(wait.isNegative() ? Duration.ZERO : wait);
        }
        uploads.addLast(new Upload(now, bytes));
    }

    /** Gives back a reservation whose upload was not sent. */
    synchronized void release(long bytes) {
        Upload last = uploads.peekLast();
        if (last != null && last.bytes() == bytes) {
            uploads.removeLast();
        }
    }
}
