package dev.portico.e2e.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.e2e.support.Browser;
import dev.portico.e2e.support.DemoServer;
import dev.portico.e2e.support.DemoServerExtension;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

@ExtendWith(DemoServerExtension.class)
class ForgotPasswordIT {

    private static final String NEUTRAL = "If that address belongs to a portal account";

    @Test
    void knownAndUnknownAddressesGetTheSameNeutralMessage(DemoServer server) throws Exception {
        String known = "sam.standard@contoso.example";
        String unknown = "nobody-" + System.nanoTime() + "@contoso.example";

        String knownAnswer = requestReset(server, known);
        String unknownAnswer = requestReset(server, unknown);

        assertTrue(knownAnswer.contains(NEUTRAL), knownAnswer);
        assertEquals(knownAnswer, unknownAnswer);
        String stats = sandboxStats(server);
        if (DemoServerExtension.autotaskMode()) {
            // Autotask keeps no portal passwords: Portico sends its own reset links, the PSA is not asked
            assertFalse(stats.contains(known), "the PSA was not asked to send a reset e-mail: " + stats);
        } else {
            assertTrue(stats.contains(known), "the PSA was asked to send the reset e-mail: " + stats);
        }
    }

    @Test
    void theLogInPageLinksToForgotPassword(DemoServer server) {
        try (Browser browser = Browser.open(server)) {
            browser.go("/login.xhtml").click(By.id("login:forgot-password"));
            browser.find(By.id("forgot:email"));
            assertEquals("/forgot-password.xhtml", browser.currentPath());
        }
    }

    private static String requestReset(DemoServer server, String email) {
        try (Browser browser = Browser.open(server)) {
            browser.go("/forgot-password.xhtml").type(By.id("forgot:email"), email).click(By.id("forgot:submit"));
            return browser.find(By.cssSelector("#messages .ui-messages-info-summary")).getText();
        }
    }

    private static String sandboxStats(DemoServer server) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.url("/v4_6_release/sandbox/stats")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
