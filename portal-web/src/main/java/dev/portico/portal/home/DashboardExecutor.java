package dev.portico.portal.home;

import dev.portico.psa.PsaCallMeter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that fetch the dashboard's figures, made by the container's managed thread factory. Not the
 * default ManagedExecutorService: Payara's has a core size of 0 and an unbounded queue, so it would run the
 * "parallel" calls one after the other. Tasks run in the submitting request's PSA call-meter unit.
 */
@ApplicationScoped
public class DashboardExecutor implements Executor {

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threadFactory;

    @Inject
    PsaCallMeter meter;

    @Inject
    HomeConfig config;

    private ThreadPoolExecutor pool;
    private Executor propagating;

    @PostConstruct
    void start() {
        int threads = config.settings().threads();
        pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threadFactory);
        pool.allowCoreThreadTimeOut(true);
        propagating = meter.propagating(pool);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    @Override
    public void execute(Runnable task) {
        propagating.execute(task);
    }
}
