package dev.portico.sandbox.faults;

import dev.portico.sandbox.store.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts API calls: in total, per {@code METHOD /path/template}, per status code, and those answered by a fault
 * knob. Also keeps the password-reset requests, so tests can see them without an e-mail server.
 */
@ApplicationScoped
public class ApiStats {

    /** One {@code POST /company/contacts/requestPassword}; {@code contactId} is null for an unknown e-mail. */
    public record PasswordRequest(String email, Integer contactId, Instant at) {
    }

    private final AtomicLong total = new AtomicLong();
    private final Map<String, LongAdder> byEndpoint = new ConcurrentSkipListMap<>();
    private final Map<Integer, LongAdder> byStatus = new ConcurrentSkipListMap<>();
    private final Map<String, LongAdder> faults = new ConcurrentSkipListMap<>();
    private final List<PasswordRequest> passwordRequests = new CopyOnWriteArrayList<>();
    private volatile Instant since = Instant.now();

    public void record(String method, String template, int status, String fault) {
        total.incrementAndGet();
        byEndpoint.computeIfAbsent(method + " " + template, k -> new LongAdder()).increment();
        byStatus.computeIfAbsent(status, k -> new LongAdder()).increment();
        if (fault != null) {
            faults.computeIfAbsent(fault, k -> new LongAdder()).increment();
        }
    }

    public void passwordRequested(String email, Integer contactId) {
        passwordRequests.add(new PasswordRequest(email, contactId, Instant.now()));
    }

    public long total() {
        return total.get();
    }

    public long calls(String method, String template) {
        LongAdder n = byEndpoint.get(method + " " + template);
        return n == null ? 0 : n.sum();
    }

    public List<PasswordRequest> passwordRequests() {
        return List.copyOf(passwordRequests);
    }

    public synchronized void reset() {
        total.set(0);
        byEndpoint.clear();
        byStatus.clear();
        faults.clear();
        passwordRequests.clear();
        since = Instant.now();
    }

    public JsonObject toJson() {
        JsonObjectBuilder endpoints = Jsons.obj();
        byEndpoint.forEach((k, v) -> endpoints.add(k, v.sum()));
        JsonObjectBuilder statuses = Jsons.obj();
        byStatus.forEach((k, v) -> statuses.add(String.valueOf(k), v.sum()));
        JsonObjectBuilder injected = Jsons.obj();
        faults.forEach((k, v) -> injected.add(k, v.sum()));
        JsonArrayBuilder requests = Jsons.arr();
        for (PasswordRequest r : passwordRequests) {
            JsonObjectBuilder b = Jsons.obj().add("email", r.email());
            Jsons.put(b, "contactId", r.contactId());
            requests.add(b.add("at", Jsons.iso(r.at())));
        }
        return Jsons.obj()
                .add("since", Jsons.iso(since))
                .add("total", total.get())
                .add("byEndpoint", endpoints)
                .add("byStatus", statuses)
                .add("faultsInjected", injected)
                .add("passwordResetRequests", requests)
                .build();
    }
}
