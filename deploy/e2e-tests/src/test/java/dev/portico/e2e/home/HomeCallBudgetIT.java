package dev.portico.e2e.home;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.e2e.support.Browser;
import dev.portico.e2e.support.DemoServer;
import dev.portico.e2e.support.DemoServerExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Home load may cost at most 12 PSA calls (the budget), counted where they arrive: the sandbox's
 * own call statistics. The portal's call meter logs the same figure per load.
 */
@ExtendWith(DemoServerExtension.class)
class HomeCallBudgetIT {

    static final int BUDGET = 12;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ava.admin@contoso.example", "fay.admin@fabrikam.example", "olly.own@contoso.example"})
    void aHomeLoadStaysWithinThePsaCallBudget(String email, DemoServer server) {
        SandboxAdmin sandbox = new SandboxAdmin(server);
        try (Browser browser = Browser.open(server)) {
            HomePage home = HomePage.logIn(browser, email);
            for (int load = 1; load <= 3; load++) {
                long before = sandbox.totalCalls();
                home.reload();
                long calls = sandbox.totalCalls() - before;
                assertTrue(calls > 0 && calls <= BUDGET, email + " load " + load + " cost " + calls + " PSA calls");
            }
        }
    }
}
