package dev.portico.psa.connectwise.contract;

import java.util.List;
import java.util.Map;

/**
 * One HTTP request as a PSA saw it, independent of the capturing tool (WireMock, a sandbox log).
 *
 * @param path the path below the API base ({@code /service/tickets/12}), without the query
 * @param query decoded query parameters
 * @param headers request headers, names in any case
 * @param body the raw body ("" when none)
 */
public record CapturedRequest(
        String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers, String body) {

    public String header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst()
                .orElse(null);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query);
    }
}
