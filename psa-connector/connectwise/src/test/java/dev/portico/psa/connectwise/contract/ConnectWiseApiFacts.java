package dev.portico.psa.connectwise.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The published ConnectWise API as far as the project has recorded it: every METHOD + path template of
 * {@code endpoint-index-2026.txt} and the field names of each schema in {@code schemas-2025.1.md}.
 * Found through system property {@code psa.api.facts} (the parent pom sets it to
 * {@code <root>/../shared/psa-api}) or a {@code shared/psa-api} folder next to an ancestor directory.
 * Shared with deploy/e2e-tests through this module's test-jar.
 */
public final class ConnectWiseApiFacts {

    public static final String PROPERTY = "psa.api.facts";
    /** System property that skips the contract checks on purpose when the facts are missing. */
    public static final String SKIP = "psa.api.facts.skip";
    static final String INDEX = "endpoint-index-2026.txt";
    static final String SCHEMAS = "schemas-2025.1.md";

    private static volatile Optional<ConnectWiseApiFacts> cached;

    private final Path folder;
    private final Map<String, List<String[]>> templatesByMethod;
    private final Map<String, Map<String, String>> schemas;

    private ConnectWiseApiFacts(Path folder) {
        this.folder = folder;
        this.templatesByMethod = readIndex(folder.resolve(INDEX));
        this.schemas = readSchemas(folder.resolve(SCHEMAS));
    }

    /**
     * The facts, or fails the calling test: a contract check that cannot run is a failure, not a skip. Only
     * {@code -D}{@value #SKIP}{@code =true} skips it on purpose (loudly), and never when {@code CI=true}.
     */
    public static ConnectWiseApiFacts require() {
        Optional<ConnectWiseApiFacts> facts = find();
        if (facts.isPresent()) {
            return facts.get();
        }
        String message = "ConnectWise API facts not found (" + INDEX + ", " + SCHEMAS + "). Set -D" + PROPERTY
                + "=<path to shared/psa-api> or check out ../shared next to the repository. "
                + "Contract checks cannot run.";
        if (!skipWanted(System.getProperty(SKIP), System.getenv("CI"))) {
            return Assertions.fail(message + " To skip them on purpose, run with -D" + SKIP + "=true (not on CI).");
        }
        System.err.println("\n" + "!".repeat(100) + "\n!!! SKIPPED CONTRACT CHECK (-D" + SKIP + "=true): " + message
                + "\n" + "!".repeat(100) + "\n");
        Assumptions.abort(message);
        throw new IllegalStateException("unreachable");
    }

    /** Whether missing facts skip the contract checks: only when asked for with {@value #SKIP}, and never on CI. */
    static boolean skipWanted(String skipProperty, String ciEnvironment) {
        return Boolean.parseBoolean(skipProperty == null ? null : skipProperty.strip())
                && !"true".equalsIgnoreCase(ciEnvironment);
    }

    /** The facts if the folder can be found; no test side effects. */
    public static Optional<ConnectWiseApiFacts> find() {
        Optional<ConnectWiseApiFacts> facts = cached;
        if (facts == null) {
            facts = locate().map(ConnectWiseApiFacts::new);
            cached = facts;
        }
        return facts;
    }

    static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("../shared/psa-api"));
            candidates.add(dir.resolve("shared/psa-api"));
        }
        for (Path candidate : candidates) {
            for (Path folder : List.of(candidate.resolve("connectwise"), candidate)) {
                if (Files.isRegularFile(folder.resolve(INDEX)) && Files.isRegularFile(folder.resolve(SCHEMAS))) {
                    return Optional.of(folder.normalize());
                }
            }
        }
        return Optional.empty();
    }

    public Path folder() {
        return folder;
    }

    /** The template of the index that {@code method} + concrete {@code path} matches; literal segments win. */
    public Optional<String> template(String method, String path) {
        String[] segments = split(path);
        String best = null;
        int bestLiterals = -1;
        for (String[] template : templatesByMethod.getOrDefault(method.toUpperCase(), List.of())) {
            int literals = match(template, segments);
            if (literals > bestLiterals) {
                bestLiterals = literals;
                best = "/" + String.join("/", template);
            }
        }
        return Optional.ofNullable(best);
    }

    public boolean exists(String method, String path) {
        return template(method, path).isPresent();
    }

    public boolean hasSchema(String schema) {
        return schemas.containsKey(schema);
    }

    /** Field names listed for {@code schema}, in document order; empty when the schema is not listed. */
    public Set<String> fields(String schema) {
        Map<String, String> fields = schemas.get(schema);
        return fields == null ? Set.of() : Collections.unmodifiableSet(fields.keySet());
    }

    /** The declared type of a field, e.g. {@code BoardReference}, {@code []ContactCommunicationItem}, {@code ?Bool}. */
    public Optional<String> fieldType(String schema, String field) {
        Map<String, String> fields = schemas.get(schema);
        return fields == null ? Optional.empty() : Optional.ofNullable(fields.get(field));
    }

    private static int match(String[] template, String[] segments) {
        if (template.length != segments.length) {
            return -1;
        }
        int literals = 0;
        for (int i = 0; i < template.length; i++) {
            boolean variable = template[i].startsWith("{") && template[i].endsWith("}");
            if (variable) {
                if (segments[i].isEmpty()) {
                    return -1;
                }
            } else if (template[i].equals(segments[i])) {
                literals++;
            } else {
                return -1;
            }
        }
        return literals;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    private static Map<String, List<String[]>> readIndex(Path file) {
        Map<String, List<String[]>> byMethod = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2 && parts[1].startsWith("/")) {
                byMethod.computeIfAbsent(parts[0].toUpperCase(), m -> new ArrayList<>()).add(split(parts[1]));
            }
        }
        return byMethod;
    }

    /** Sections {@code ## Name} with lines {@code - field:type ...}, up to the enum appendix ({@code # Enums}). */
    private static Map<String, Map<String, String>> readSchemas(Path file) {
        Map<String, Map<String, String>> schemas = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : lines(file)) {
            if (line.startsWith("# ") && current != null) {
                break;
            }
            if (line.startsWith("## ")) {
                current = schemas.computeIfAbsent(line.substring(3).trim(), s -> new LinkedHashMap<>());
            } else if (current != null && line.trim().startsWith("- ")) {
                String entry = line.trim().substring(2);
                int colon = entry.indexOf(':');
                if (colon > 0) {
                    String type = entry.substring(colon + 1).trim().split("\\s+")[0];
                    current.put(entry.substring(0, colon).trim(), type);
                }
            }
        }
        return schemas;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
