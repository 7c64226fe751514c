package dev.portico.psa.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
