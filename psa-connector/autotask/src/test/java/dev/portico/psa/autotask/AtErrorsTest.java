package dev.portico.psa.autotask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaUnavailableException;
import org.junit.jupiter.api.Test;

class AtErrorsTest {

    @Test
    void aBusinessErrorIsARefusal() {
        PsaRejectedException refused = assertInstanceOf(PsaRejectedException.class,
                AtErrors.toException(500, null, "{\"errors\":[\"Missing Required Field: title\"]}"));
        assertEquals("summary", refused.problems().get(0).field());
    }

    @Test
    void theServerFailingIsTransientWhateverTheBody() {
        assertInstanceOf(TransientPsaFailure.class, AtErrors.toException(500, null, ""));
        assertInstanceOf(TransientPsaFailure.class,
                AtErrors.toException(500, null, "{\"errors\":[\"An unexpected error occurred.\"]}"));
        for (int status : new int[] {502, 503, 504}) {
            Exception failure = AtErrors.toException(status, null,
                    "{\"errors\":[\"The service is unavailable.\"]}");
            assertInstanceOf(PsaUnavailableException.class, failure, status + "");
            assertFalse(failure instanceof PsaRejectedException, status + " is not a refusal");
        }
    }
}
