package dev.portico.psa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PsaCallMeterTest {

    private final PsaCallMeter meter = new PsaCallMeter();
    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void countsPerUnitPerUserAndInTotal() {
        try (PsaCallMeter.Unit ava = meter.open("812")) {
            meter.record("GET /service/tickets/count");
            meter.record("GET /service/tickets/count");
            meter.record("GET /service/tickets");
            assertEquals(3, ava.calls());
            assertEquals(Map.of("GET /service/tickets", 1L, "GET /service/tickets/count", 2L), ava.operations());
        }
        try (PsaCallMeter.Unit anonymous = meter.open(null)) {
            meter.record("POST /company/contacts/validatePortalCredentials");
            assertEquals(1, anonymous.calls());
        }
        meter.record("GET /service/priorities");

        assertEquals(5, meter.total());
        assertEquals(3, meter.totalFor("812"));
        assertEquals(Map.of("812", 3L), meter.totalsByUser());
        assertNull(meter.current());
    }

    @Test
    void callsOnFanOutThreadsCountForTheSubmittingUnit() {
        var propagating = meter.propagating(pool);
        try (PsaCallMeter.Unit page = meter.open("812")) {
            List<CompletableFuture<Void>> work = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                work.add(CompletableFuture.runAsync(() -> meter.record("GET /service/tickets/count"), propagating));
            }
            work.forEach(CompletableFuture::join);

            assertEquals(12, page.calls());
        }
        CompletableFuture.runAsync(() -> meter.record("GET x"), propagating).join();
        assertEquals(12, meter.totalFor("812"), "work submitted outside the unit does not count for it");
        assertEquals(13, meter.total());
    }

    @Test
    void nestedUnitsRestoreTheOuterOne() {
        try (PsaCallMeter.Unit outer = meter.open("a")) {
            try (PsaCallMeter.Unit inner = meter.open("b")) {
                meter.record("GET x");
                assertSame(inner, meter.current());
            }
            assertSame(outer, meter.current());
            meter.record("GET y");
            assertEquals(1, outer.calls());
        }
    }

    @Test
    void listenersHearEveryCall() {
        List<String> heard = new ArrayList<>();
        meter.addListener((user, operation) -> heard.add(user + " " + operation));
        try (PsaCallMeter.Unit unit = meter.open("7")) {
            meter.record("GET a");
        }
        meter.record("GET b");

        assertEquals(List.of("7 GET a", "null GET b"), heard);
    }
}
