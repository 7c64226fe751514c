package dev.portico.sandbox.autotask;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The published Autotask Swagger 2.0 document ({@code shared/psa-api/autotask/openapi-v1.json}, never copied into
 * the repository), parsed once per test run. Found through the system property {@code psa.api.facts} or a
 * {@code shared/psa-api} folder in or next to an ancestor directory. When it is missing the contract test fails,
 * unless {@code -Dpsa.api.facts.skip=true} (or {@code PSA_API_FACTS_SKIP=true}) is set outside CI; under
 * {@code CI=true} it always fails.
 */
final class AutotaskApiDocument {

    static final String FILE = "openapi-v1.json";
    static final String SKIP_PROPERTY = "psa.api.facts.skip";

    private static AutotaskApiDocument instance;

    final Path file;
    final OpenAPI api;
    final OpenApiInteractionValidator validator;

    private AutotaskApiDocument(Path file) {
        this.file = file;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(text, null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException("Cannot parse " + file + ": " + result.getMessages());
        }
        this.api = result.getOpenAPI();
        this.validator = new OpenApiInteractionValidator.Builder().withApi(api).withBasePathOverride("/ATServicesRest").build();
    }

    /** The document, or stops the calling test as the class comment describes. */
    static synchronized AutotaskApiDocument require() {
        if (instance == null) {
            Optional<Path> file = locate();
            if (file.isEmpty()) {
                String message = "Autotask API document not found (" + FILE + " under shared/psa-api/autotask). "
                        + "Set -Dpsa.api.facts=<path to shared/psa-api> or check out ../shared next to the repository.";
                boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
                boolean skip = Boolean.getBoolean(SKIP_PROPERTY)
                        || "true".equalsIgnoreCase(System.getenv("PSA_API_FACTS_SKIP"));
                if (ci || !skip) {
                    return Assertions.fail(message + (ci ? " CI=true, so this is a failure."
                            : " Set -D" + SKIP_PROPERTY + "=true to skip the contract test knowingly."));
                }
                System.err.println("\n" + "!".repeat(100) + "\n!!! SKIPPED AUTOTASK CONTRACT CHECK: " + message
                        + "\n" + "!".repeat(100) + "\n");
                Assumptions.abort(message);
            }
            instance = new AutotaskApiDocument(file.get());
        }
        return instance;
    }

    static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("psa.api.facts");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("../shared/psa-api"));
            candidates.add(dir.resolve("shared/psa-api"));
        }
        for (Path candidate : candidates) {
            for (Path folder : List.of(candidate.resolve("autotask"), candidate)) {
                if (Files.isRegularFile(folder.resolve(FILE))) {
                    return Optional.of(folder.resolve(FILE).normalize());
                }
            }
        }
        return Optional.empty();
    }
}
