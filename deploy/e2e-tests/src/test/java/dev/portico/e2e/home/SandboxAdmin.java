package dev.portico.e2e.home;

import dev.portico.e2e.support.DemoServer;
import dev.portico.e2e.support.PsaSandbox;

/**
 * The few sandbox calls the Home tests need: the fault knobs (latency), the call statistics (how many PSA calls a
 * Home load cost, counted by the PSA side), and one direct ConnectWise-shaped call to time a single PSA round trip.
 */
final class SandboxAdmin {

    private final PsaSandbox sandbox;

    SandboxAdmin(DemoServer server) {
        this.sandbox = new PsaSandbox(server);
    }

    void latency(int millis) {
        sandbox.setFaults("{\"latencyMs\":" + millis + "}");
    }

    void resetFaults() {
        sandbox.resetFaults();
    }

    /** Every API call the sandbox has answered since its statistics were last reset. */
    long totalCalls() {
        return sandbox.stats().total();
    }

    /** One ConnectWise call as the connector makes it (a ticket count of Contoso), timed in milliseconds. */
    double timedTicketCount() {
        long start = System.nanoTime();
        sandbox.count("/service/tickets", "company/id=250 AND closedFlag=false");
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}
