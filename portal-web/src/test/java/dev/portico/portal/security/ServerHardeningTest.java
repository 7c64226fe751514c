package dev.portico.portal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Payara settings that keep the server's name out of the answers ({@code deploy/payara/hardening.preboot},
 * used by deploy/demo.sh and the end-to-end tests) are also those of the Arquillian tests, which check the
 * headers on the real server.
 */
class ServerHardeningTest {

    @Test
    void theIntegrationTestsRunWithTheDeployedServerSettings() throws IOException {
        List<String> deployed = lines(Path.of("../deploy/payara/hardening.preboot"));
        List<String> tested = lines(Path.of("src/test/resources/bind-localhost.preboot"));

        assertFalse(deployed.isEmpty());
        assertTrue(deployed.stream().anyMatch(line -> line.endsWith(".server-header=false")), deployed.toString());
        assertTrue(deployed.stream().anyMatch(line -> line.endsWith(".xpowered-by=false")), deployed.toString());
        assertTrue(tested.containsAll(deployed), "the IT preboot file lacks some of " + deployed);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
