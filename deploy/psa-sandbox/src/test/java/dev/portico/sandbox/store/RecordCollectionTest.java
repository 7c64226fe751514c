package dev.portico.sandbox.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.sandbox.query.FieldCatalog;
import dev.portico.sandbox.query.FieldType;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecordCollectionTest {

    private static RecordCollection notes() {
        return new RecordCollection("note", new AtomicInteger(), FieldCatalog.builder()
                .declare("id", FieldType.NUMBER).build(), r -> Jsons.integer(r, "ticketId"), Map.of());
    }

    private static JsonObject note(int id, int ticketId) {
        return Jsons.obj().add("id", id).add("ticketId", ticketId).add("text", "n" + id).build();
    }

    @Test
    void parentIndexFollowsInsertsMovesAndRemoves() {
        RecordCollection c = notes();
        c.put(note(1, 100));
        c.put(note(2, 100));
        c.put(note(3, 200));
        assertEquals(List.of(1, 2), c.childrenOf(100).stream().map(n -> n.getInt("id")).toList());
        c.update(2, n -> Jsons.obj(n).add("ticketId", 200).build());
        assertEquals(List.of(1), c.childrenOf(100).stream().map(n -> n.getInt("id")).toList());
        assertEquals(List.of(2, 3), c.childrenOf(200).stream().map(n -> n.getInt("id")).toList());
        c.remove(3);
        assertEquals(List.of(2), c.childrenOf(200).stream().map(n -> n.getInt("id")).toList());
        assertNull(c.update(99, n -> n));
        assertEquals(List.of(), c.childrenOf(300));
    }

    @Test
    void catalogWidensWithWrittenRecordsAndSequencesContinue() {
        RecordCollection c = notes();
        c.put(note(7, 1));
        assertTrue(c.catalog().resolve("text").isPresent());
        assertTrue(c.catalog().resolve("externalXRef").isEmpty());
        c.put(Jsons.obj(note(8, 1)).add("externalXRef", "abc").add("_info", Jsons.obj()
                .add("dateEntered", "2025-01-01T00:00:00Z")).build());
        assertEquals(FieldType.STRING, c.catalog().type("externalXRef"));
        assertEquals(FieldType.DATETIME, c.catalog().type("_info/dateEntered"));
        c.syncSequence();
        assertEquals(9, c.nextId());
    }

    @Test
    void concurrentWritersNeitherLoseUpdatesNorShareIds() throws Exception {
        RecordCollection c = notes();
        c.put(Jsons.obj().add("id", 1).add("ticketId", 1).add("count", 0).build());
        int threads = 8;
        int perThread = 500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Set<Integer> ids = ConcurrentHashMap.newKeySet();
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        c.update(1, r -> Jsons.obj(r).add("count", r.getInt("count") + 1).build());
                        int id = c.nextId() + 1000;
                        ids.add(id);
                        c.put(note(id, 2));
                        c.catalog();
                        c.childrenOf(2).size();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * perThread, c.get(1).getInt("count"));
        assertEquals(threads * perThread, ids.size());
        assertEquals(threads * perThread, c.childrenOf(2).size());
    }
}
