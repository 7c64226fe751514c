package dev.portico.e2e.home;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.e2e.support.Browser;
import dev.portico.e2e.support.DemoServer;
import dev.portico.e2e.support.DemoServerExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

/**
 * The Home benchmark (a command, not a test of the build: its class name matches no failsafe include, so
 * {@code mvn verify} never runs it; {@code deploy/benchmark-home.sh} does). With the sandbox answering every PSA
 * call after 200 ms, it logs in as ava, loads Home 30 times and prints the median and 95th percentile time,
 * the PSA calls per load (counted by the sandbox), and the ratio of Home's time to one PSA call's.
 */
@Tag("benchmark")
@ExtendWith(DemoServerExtension.class)
class HomeBenchmark {

    static final int LATENCY_MS = 200;
    static final int LOADS = 30;
    static final int WARM_UP = 3;
    static final int SINGLE_CALLS = 10;

    @Test
    void loadHome(DemoServer server) throws Exception {
        SandboxAdmin sandbox = new SandboxAdmin(server);
        String session;
        try (Browser browser = Browser.open(server)) {
            HomePage.logIn(browser, "ava.admin@contoso.example");
            session = browser.driver().manage().getCookies().stream().map(Cookie::toString)
                    .map(c -> c.substring(0, c.indexOf(';'))).collect(Collectors.joining("; "));
        }
        HomeLoad home = new HomeLoad(server, session);

        String loadBefore = loadAverage();
        for (int i = 0; i < WARM_UP; i++) {
            home.load();
        }
        List<Double> unloaded = new ArrayList<>();
        for (int i = 0; i < SINGLE_CALLS; i++) {
            unloaded.add(home.load().page());
        }
        sandbox.latency(LATENCY_MS);
        try {
            List<Double> single = new ArrayList<>();
            for (int i = 0; i < SINGLE_CALLS; i++) {
                single.add(sandbox.timedTicketCount());
            }
            for (int i = 0; i < WARM_UP; i++) {
                home.load();
            }
            List<Double> pages = new ArrayList<>();
            List<Double> completes = new ArrayList<>();
            List<Long> calls = new ArrayList<>();
            for (int i = 0; i < LOADS; i++) {
                long before = sandbox.totalCalls();
                HomeLoad.Timing timing = home.load();
                calls.add(sandbox.totalCalls() - before);
                pages.add(timing.page());
                completes.add(timing.complete());
            }
            String report = report(pages, completes, calls, single) + String.format(Locale.ROOT,
                    "  Home page, no PSA latency   median %.0f ms (the portal's and the sandbox's own work)%n"
                            + "  machine load average        %s before, %s after (2 cores; the sandbox shares them)%n",
                    percentile(unloaded, 50), loadBefore, loadAverage());
            System.out.println(report);
            Path out = Path.of(System.getProperty("test.tmpdir", "target"), "benchmark-home.txt");
            Files.writeString(out, report);
            assertTrue(calls.stream().allMatch(c -> c <= HomeCallBudgetIT.BUDGET), "PSA calls per load: " + calls);
        } finally {
            sandbox.resetFaults();
        }
    }

    static String report(List<Double> pages, List<Double> completes, List<Long> calls, List<Double> single) {
        double call = percentile(single, 50);
        List<Long> sortedCalls = calls.stream().sorted().toList();
        long maxCalls = sortedCalls.get(sortedCalls.size() - 1);
        double pageRatio = percentile(pages, 50) / call;
        double completeRatio = percentile(completes, 50) / call;
        return String.format(Locale.ROOT, """

                Home benchmark: sandbox latency %d ms per PSA call, ava, %d loads after %d warm-up loads
                  one PSA call                 median %.0f ms (%d direct calls to the sandbox)
                  Home page (server time)      median %.0f ms, p95 %.0f ms, min %.0f ms, max %.0f ms
                  Home page + charts request   median %.0f ms, p95 %.0f ms, min %.0f ms, max %.0f ms
                  PSA calls per load           median %d, min %d, max %d (budget %d: %s)
                  ratio page / one call        %.2f (target <= 1.5: %s)
                  ratio page+charts / one call %.2f
                """, LATENCY_MS, pages.size(), WARM_UP, call, single.size(),
                percentile(pages, 50), percentile(pages, 95), min(pages), max(pages),
                percentile(completes, 50), percentile(completes, 95), min(completes), max(completes),
                sortedCalls.get(sortedCalls.size() / 2), sortedCalls.get(0), maxCalls, HomeCallBudgetIT.BUDGET,
                maxCalls <= HomeCallBudgetIT.BUDGET ? "met" : "MISSED", pageRatio, pageRatio <= 1.5 ? "met" : "MISSED",
                completeRatio);
    }

    /** The 1-minute load average, to judge how busy the machine was (Linux only). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
