package dev.portico.psa.autotask;

import dev.portico.psa.PsaException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Maps every Autotask error status to a {@link PsaException}; registered on each REST client. */
public class AtErrorMapper implements ResponseExceptionMapper<PsaException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public PsaException toThrowable(Response response) {
        String body = "";
        if (response.hasEntity()) {
            try {
                body = response.readEntity(String.class);
            } catch (RuntimeException unreadable) {
                body = "";
            }
        }
        return AtErrors.toException(response.getStatus(), response.getHeaderString("Retry-After"), body);
    }

    @Override
    public int getPriority() {
        return 100;
    }
}
