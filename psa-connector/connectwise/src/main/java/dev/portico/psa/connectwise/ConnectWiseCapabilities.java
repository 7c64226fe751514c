package dev.portico.psa.connectwise;

import dev.portico.psa.PsaCapabilities;
import dev.portico.psa.PsaCapabilities.DocumentFormat;
import dev.portico.psa.PsaCapabilities.Paging;
import dev.portico.psa.configuration.ConfigurationSortField;
import dev.portico.psa.ticket.TicketSortField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What ConnectWise can do, for the portal to offer exactly that: tickets carry urgency (severity) and impact,
 * notes have no title of their own but can copy further recipients, every ticket and configuration column is
 * sorted on the server ({@code orderBy}), any page can be fetched ({@code page}), ticket descriptions are notes and
 * cannot be searched, invoices come as PDF.
 *
 * <p>The capabilities are an immutable record (a final class, which CDI cannot proxy), so they are produced as a
 * {@link Singleton}: one instance for the application, without a client proxy.
 */
@ApplicationScoped
public class ConnectWiseCapabilities {

    @Inject
    ConnectWiseConnection cw;

    @Produces
    @Singleton
    PsaCapabilities capabilities() {
        return of(cw.mappings());
    }

    /** The capabilities for these mappings (the attachment limit and the concurrency are configured). */
    public static PsaCapabilities of(ConnectWiseMappings mappings) {
        Set<Enum<?>> sortFields = new LinkedHashSet<>();
        sortFields.addAll(List.of(TicketSortField.values()));
        sortFields.addAll(List.of(ConfigurationSortField.values()));
        return new PsaCapabilities(true, false, true, sortFields, Paging.PAGE_JUMP, false, DocumentFormat.PDF,
                mappings.attachmentMaxBytes(), mappings.concurrentCallsPerEndpoint());
    }
}
