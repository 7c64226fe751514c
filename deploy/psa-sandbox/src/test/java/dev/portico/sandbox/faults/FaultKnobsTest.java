package dev.portico.sandbox.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.sandbox.faults.FaultKnobs.Outcome;
import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultKnobsTest {

    private final FaultKnobs knobs = new FaultKnobs();

    private static JsonObject json(String text) {
        return Jsons.parse(text).asJsonObject();
    }

    private List<Outcome> next(int calls) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            outcomes.add(knobs.decide().outcome());
        }
        return outcomes;
    }

    @Test
    void defaultsLetEveryCallPass() {
        assertEquals("{\"latencyMs\":0,\"errorRate\":0,\"rateLimitRemaining\":0,\"retryAfterSeconds\":1,\"down\":false}",
                knobs.toJson().toString());
        assertEquals(List.of(Outcome.PASS, Outcome.PASS, Outcome.PASS), next(3));
        assertEquals(0, knobs.decide().latencyMs());
    }

    @Test
    void rateLimitAnswersTheNextNCallsThenPasses() {
        knobs.update(json("{\"rateLimitRemaining\":2,\"retryAfterSeconds\":7}"));
        FaultKnobs.Decision first = knobs.decide();
        assertEquals(Outcome.RATE_LIMITED, first.outcome());
        assertEquals(7, first.retryAfterSeconds());
        assertEquals(1, knobs.toJson().getInt("rateLimitRemaining"));
        assertEquals(List.of(Outcome.RATE_LIMITED, Outcome.PASS, Outcome.PASS), next(3));
        assertEquals(0, knobs.toJson().getInt("rateLimitRemaining"));
    }

    @Test
    void errorRateIsDeterministicAndStartsWithAFailure() {
        knobs.update(json("{\"errorRate\":0.5}"));
        assertEquals(List.of(Outcome.ERROR, Outcome.PASS, Outcome.ERROR, Outcome.PASS), next(4));
        knobs.update(json("{\"errorRate\":0.25}"));
        assertEquals(List.of(Outcome.ERROR, Outcome.PASS, Outcome.PASS, Outcome.PASS, Outcome.ERROR), next(5));
        knobs.update(json("{\"errorRate\":1}"));
        assertEquals(List.of(Outcome.ERROR, Outcome.ERROR, Outcome.ERROR), next(3));
        knobs.update(json("{\"errorRate\":0}"));
        assertEquals(List.of(Outcome.PASS, Outcome.PASS), next(2));
    }

    @Test
    void errorRateFailsTheRoundedUpShareOfCalls() {
        knobs.update(json("{\"errorRate\":0.1}"));
        long failures = next(1000).stream().filter(o -> o == Outcome.ERROR).count();
        assertEquals(100, failures);
        knobs.update(json("{\"errorRate\":0.333}"));
        assertEquals(333, next(1000).stream().filter(o -> o == Outcome.ERROR).count());
    }

    @Test
    void downWinsOverTheOtherKnobsAndKeepsTheLatency() {
        knobs.update(json("{\"down\":true,\"latencyMs\":250,\"rateLimitRemaining\":1,\"errorRate\":1}"));
        FaultKnobs.Decision d = knobs.decide();
        assertEquals(Outcome.DOWN, d.outcome());
        assertEquals(250, d.latencyMs());
        assertEquals(1, knobs.toJson().getInt("rateLimitRemaining"), "a 503 does not use up the rate limit");
        knobs.update(json("{\"down\":false}"));
        assertEquals(List.of(Outcome.RATE_LIMITED, Outcome.ERROR), next(2));
    }

    @Test
    void updatesArePartialAndResetRestoresDefaults() {
        knobs.update(json("{\"latencyMs\":100}"));
        knobs.update(json("{\"down\":true}"));
        assertEquals(100, knobs.toJson().getInt("latencyMs"));
        assertTrue(knobs.toJson().getBoolean("down"));
        assertEquals("{\"latencyMs\":0,\"errorRate\":0,\"rateLimitRemaining\":0,\"retryAfterSeconds\":1,\"down\":false}",
                knobs.reset().toString());
        assertEquals(Outcome.PASS, knobs.decide().outcome());
    }

    @Test
    void invalidUpdatesAreRefusedWithoutChangingAnything() {
        knobs.update(json("{\"latencyMs\":5}"));
        for (String bad : List.of("{\"errorRate\":1.5}", "{\"errorRate\":-0.1}", "{\"errorRate\":\"half\"}",
                "{\"latencyMs\":-1}", "{\"latencyMs\":1.5}", "{\"down\":\"yes\"}", "{\"rateLimitRemaining\":-2}",
                "{\"speed\":1}", "{\"latencyMs\":9,\"nope\":true}")) {
            assertThrows(IllegalArgumentException.class, () -> knobs.update(json(bad)), bad);
        }
        assertEquals(5, knobs.toJson().getInt("latencyMs"));
        assertEquals(Outcome.PASS, knobs.decide().outcome());
    }
}
