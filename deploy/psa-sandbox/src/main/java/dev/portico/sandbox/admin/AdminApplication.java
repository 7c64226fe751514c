package dev.portico.sandbox.admin;

import dev.portico.sandbox.api.ApiExceptionMappers;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * Test-only admin API at {@code /v4_6_release/sandbox}: fault knobs, call statistics, re-seeding. It is a separate
 * JAX-RS application so that the fault knobs and the ConnectWise authentication never apply to it. It needs no
 * credentials; {@code -Dsandbox.admin.enabled=false} turns it off.
 */
@ApplicationPath("sandbox")
public class AdminApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(AdminResource.class, AdminGate.class, ApiExceptionMappers.Web.class,
                ApiExceptionMappers.Unexpected.class);
    }
}
