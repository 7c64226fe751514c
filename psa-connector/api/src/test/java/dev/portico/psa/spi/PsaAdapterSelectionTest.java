package dev.portico.psa.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class PsaAdapterSelectionTest {

    private static PsaAdapter adapter(String kind) {
        return new PsaAdapter() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public String rootPackage() {
                return "example." + kind;
            }
        };
    }

    @Test
    void theSelectedAdaptersOwnStartupProblemStopsTheDeployment() {
        PsaAdapter unconfigured = new PsaAdapter() {
            @Override
            public String kind() {
                return "alpha";
            }

            @Override
            public String rootPackage() {
                return "example.alpha";
            }

            @Override
            public Optional<String> startupProblem(Config config) {
                return Optional.of("alpha.url is not set");
            }
        };
        Config config = new SmallRyeConfigBuilder().build();

        assertEquals("alpha.url is not set",
                PsaAdapterSelection.problem("alpha", List.of(unconfigured, adapter("beta")), config).orElseThrow());
        assertTrue(PsaAdapterSelection.problem("beta", List.of(unconfigured, adapter("beta")), config).isEmpty(),
                "only the selected adapter is asked");
    }

    @Test
    void anInstalledKindStarts() {
        assertTrue(PsaAdapterSelection.problem("alpha", List.of(adapter("alpha"), adapter("beta"))).isEmpty());
    }

    @Test
    void anUnknownKindStopsTheDeploymentNamingTheInstalledOnes() {
        assertEquals("Portico cannot start: psa.kind=gamma names no installed PSA adapter (installed: alpha, beta)",
                PsaAdapterSelection.problem("gamma", List.of(adapter("beta"), adapter("alpha"))).orElseThrow());
    }

    @Test
    void noAdapterInTheWarStopsTheDeployment() {
        assertEquals("Portico cannot start: psa.kind=alpha names no installed PSA adapter (installed: none)",
                PsaAdapterSelection.problem("alpha", List.of()).orElseThrow());
    }

    @Test
    void anUnsetKindWithSeveralAdaptersStopsTheDeployment() {
        assertTrue(PsaAdapterSelection.problem("", List.of(adapter("alpha"), adapter("beta"))).orElseThrow()
                .contains("psa.kind is not set"));
    }
}
