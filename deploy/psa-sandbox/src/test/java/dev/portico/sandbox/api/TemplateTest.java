package dev.portico.sandbox.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void joinsClassAndMethodPaths() throws Exception {
        assertEquals("/service/tickets/{parentId}/notes", ApiResponseFilter.template(TicketResource.class,
                TicketResource.class.getMethod("notes", int.class, jakarta.ws.rs.core.UriInfo.class,
                        jakarta.ws.rs.core.HttpHeaders.class)));
        assertEquals("/service/tickets", ApiResponseFilter.template(TicketResource.class,
                TicketResource.class.getMethod("create", String.class)));
        assertEquals("(unmatched)", ApiResponseFilter.template(null, null));
    }
}
