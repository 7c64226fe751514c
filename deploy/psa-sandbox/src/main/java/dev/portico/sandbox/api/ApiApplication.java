package dev.portico.sandbox.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The ConnectWise-shaped API at {@code /v4_6_release/apis/3.0}. The classes are listed explicitly because the WAR
 * holds a second JAX-RS application (the admin API), and an empty list would make each include everything.
 */
@ApplicationPath("apis/3.0")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                CompanyResource.class, ContactResource.class, TicketResource.class, ServiceSetupResource.class,
                DocumentResource.class, OpportunityResource.class, ProjectResource.class, FinanceResource.class,
                AcceptHeaderFilter.class, ApiGate.class, ApiResponseFilter.class,
                ApiExceptionMappers.Api.class, ApiExceptionMappers.Query.class, ApiExceptionMappers.Web.class,
                ApiExceptionMappers.Unexpected.class);
    }
}
