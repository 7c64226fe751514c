package dev.portico.sandbox.autotask;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The Autotask-shaped API at {@code /v4_6_release/atservicesrest} (so the zone URL is
 * {@code http://host:port/v4_6_release/atservicesrest/} and clients call {@code .../atservicesrest/V1.0/...}). It
 * serves the same store as the ConnectWise face at {@code apis/3.0}; the fault knobs and the call statistics are
 * shared. {@link CaseInsensitivePrefix} lets {@code ATServicesRest} in any case reach it.
 */
@ApplicationPath("atservicesrest")
public class AutotaskApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(AutotaskResource.class, AutotaskGate.class, AtExceptionMappers.Autotask.class,
                AtExceptionMappers.Web.class, AtExceptionMappers.Unexpected.class);
    }
}
