package dev.portico.psa.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.psa.PsaException;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaRejectedException.FieldProblem;
import dev.portico.psa.PsaRejectedException.Keys;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.connectwise.contract.ConnectWiseWireMockTest;
import dev.portico.psa.connectwise.rest.CompanyClient;
import dev.portico.psa.connectwise.rest.CwContact;
import dev.portico.psa.connectwise.rest.CwPatchOperation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorMappingTest extends ConnectWiseWireMockTest {

    private static final String CONTACT = "/company/contacts/7";

    private PsaException readFailure(int status, String body) {
        ConnectWiseConnection cw = connection(Map.of("psa.retry.initial-delay-ms", "5"));
        PSA.stubFor(get(urlPathEqualTo(api(CONTACT))).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
        return assertThrows(PsaException.class, () -> cw.read(() -> cw.client(CompanyClient.class).contact(7, null)));
    }

    @Test
    void fieldProblemsAreCarriedForTheUi() {
        PsaException failure = readFailure(400, """
                {"code":"InvalidObject","message":"ticket object is invalid","errors":[
                  {"code":"MissingRequiredField","message":"The summary field is required.","resource":"ticket","field":"summary"},
                  {"code":"InvalidField","message":"Bad date","resource":"ticket","field":"requiredDate"}]}""");

        PsaRejectedException rejected = assertInstanceOf(PsaRejectedException.class, failure);
        assertEquals("ticket object is invalid", rejected.getMessage());
        assertEquals(List.of(FieldProblem.of("summary", Keys.REQUIRED, "The summary field is required."),
                FieldProblem.of("dueAt", Keys.INVALID, "Bad date")), rejected.problems());
        assertTrue(rejected.problems().stream().allMatch(p -> p.shownMessage().isEmpty()),
                "ConnectWise's own texts are not shown to customers");
        PSA.verify(1, getRequestedFor(urlPathEqualTo(api(CONTACT))));
    }

    @Test
    void conflictIsARejection() {
        assertInstanceOf(PsaRejectedException.class, readFailure(409, "{\"code\":\"Conflict\",\"message\":\"in use\"}"));
    }

    @Test
    void notFoundIsNotFound() {
        assertInstanceOf(PsaNotFoundException.class, readFailure(404, "{\"code\":\"NotFound\",\"message\":\"x\"}"));
    }

    @Test
    void badCredentialsAreAMisconfigurationNotRetried() {
        PsaException failure = readFailure(401, "{\"code\":\"Unauthorized\",\"message\":\"bad key\"}");

        assertInstanceOf(PsaUnavailableException.class, failure);
        PSA.verify(1, getRequestedFor(urlPathEqualTo(api(CONTACT))));
    }

    @Test
    void forbiddenIsAMisconfigurationToo() {
        assertInstanceOf(PsaUnavailableException.class, readFailure(403, ""));
    }

    @Test
    void serverErrorsAreUnavailableAfterBoundedRetries() {
        PsaException failure = readFailure(500, "not json at all");

        assertInstanceOf(PsaUnavailableException.class, failure);
        PSA.verify(3, getRequestedFor(urlPathEqualTo(api(CONTACT))));
    }

    @Test
    void patchErrorsAreMappedTheSameWay() {
        ConnectWiseConnection cw = connection();
        PSA.stubFor(patch(urlPathEqualTo(api(CONTACT))).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\":\"InvalidObject\",\"message\":\"bad\",\"errors\":[{\"field\":\"portalPassword\","
                        + "\"message\":\"too short\"}]}")));

        PsaRejectedException rejected = assertThrows(PsaRejectedException.class, () -> cw.write(() -> cw.raw()
                .patch(CONTACT, List.of(CwPatchOperation.replace("portalPassword", "x")), CwContact.class)));

        assertEquals("portalPassword", rejected.problems().get(0).field());
    }

    @Test
    void retryAfterAcceptsSecondsAndHttpDates() {
        assertEquals(Duration.ofSeconds(3), CwErrors.retryAfter("3"));
        assertEquals(Duration.ofSeconds(1), CwErrors.retryAfter(null));
        assertEquals(Duration.ZERO, CwErrors.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
    }
}
