package dev.portico.sandbox.autotask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonObject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every failure of the Autotask face is an Autotask error body: {@code {"errors":["..."]}}. */
class AtExceptionMappersTest {

    private static JsonObject body(Response r) {
        return Jsons.parse((String) r.getEntity()).asJsonObject();
    }

    @Test
    void businessErrorsAre500WithTheirMessages() {
        Response r = new AtExceptionMappers.Autotask().toResponse(new AtException(500,
                List.of("Missing Required Field: title", "second")));
        assertEquals(500, r.getStatus());
        assertEquals(Jsons.parse("{\"errors\":[\"Missing Required Field: title\",\"second\"]}"), body(r));
        assertEquals("application/json;charset=utf-8", r.getMediaType().toString().replace(" ", ""));
    }

    @Test
    void jaxRsRefusalsKeepTheirStatus() {
        Response notFound = new AtExceptionMappers.Web().toResponse(new NotFoundException());
        assertEquals(404, notFound.getStatus());
        assertEquals(1, body(notFound).getJsonArray("errors").size());
        Response notAllowed = new AtExceptionMappers.Web().toResponse(new NotAllowedException("GET"));
        assertEquals(405, notAllowed.getStatus());
    }

    @Test
    void anythingElseIsAnOpaque500() {
        Response r = new AtExceptionMappers.Unexpected().toResponse(new IllegalStateException("secret detail"));
        assertEquals(500, r.getStatus());
        assertEquals(Jsons.parse("{\"errors\":[\"An unexpected error occurred.\"]}"), body(r));
        assertEquals(404, new AtExceptionMappers.Unexpected().toResponse(new AtException(404, List.of("x"))).getStatus());
    }
}
