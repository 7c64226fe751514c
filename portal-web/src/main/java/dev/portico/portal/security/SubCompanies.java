package dev.portico.portal.security;

import dev.portico.portal.config.ConfigValues;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * The sub-companies a company's contacts may also see: {@code portal.scope.sub-companies.<companyId>} holds
 * a comma-separated list of PSA company ids. Read when a scope is built at log-in, from configuration only,
 * never from a request. A company without an entry sees only itself.
 */
@ApplicationScoped
public class SubCompanies {

    public static final String PREFIX = "portal.scope.sub-companies.";

    @Inject
    Config config;

    /** The value of a key; the keys are per company, so they are looked up rather than injected one by one. */
    private Function<String, Optional<String>> values;

    SubCompanies() {
    }

    SubCompanies(Map<String, String> configured) {
        this.values = key -> Optional.ofNullable(configured.get(key));
    }

    @PostConstruct
    void init() {
        values = key -> config.getOptionalValue(key, String.class);
        // a malformed entry stops the deployment, naming its key
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                companiesFor(companyOf(name));
            }
        }
    }

    /** The company itself plus its configured sub-companies. */
    public Set<Long> companiesFor(long companyId) {
        Set<Long> companies = new LinkedHashSet<>();
        companies.add(companyId);
        String key = PREFIX + companyId;
        ConfigValues.present(values.apply(key)).ifPresent(value -> {
            for (String part : value.split(",")) {
                String id = part.trim();
                if (id.isEmpty()) {
                    continue;
                }
                try {
                    long parsed = Long.parseLong(id);
                    if (parsed <= 0) {
                        throw new NumberFormatException(id);
                    }
                    companies.add(parsed);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Config key " + key
                            + " must be a comma-separated list of PSA company ids, has '" + id + "'", e);
                }
            }
        });
        return Set.copyOf(companies);
    }

    private static long companyOf(String key) {
        try {
            return Long.parseLong(key.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Config key " + key + " must end in a PSA company id", e);
        }
    }
}
