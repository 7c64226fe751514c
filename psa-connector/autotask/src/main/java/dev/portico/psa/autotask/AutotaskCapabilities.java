package dev.portico.psa.autotask;

import dev.portico.psa.PsaCapabilities;
import dev.portico.psa.PsaCapabilities.DocumentFormat;
import dev.portico.psa.PsaCapabilities.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * What Autotask can do, for the portal to offer exactly that:
 * <ul>
 * <li>no urgency or impact: Autotask tickets have a priority only (the adapter maps a given urgency onto a
 * configured priority, but tickets carry none back, and impact and severity stay empty);</li>
 * <li>note titles: Autotask notes have a {@code title} (required);</li>
 * <li>no note recipients: the REST API has no CC list and no notify flag; notifications are workflow rules;</li>
 * <li>no server-side sort and cursor paging: Autotask answers in id order and pages only forward;</li>
 * <li>description search: {@code description contains} can be queried;</li>
 * <li>invoices as HTML (Autotask's invoice markup); the attachment limit and the concurrency are configured.</li>
 * </ul>
 * Produced as a {@link Singleton} because the record is final and cannot be proxied.
 */
@ApplicationScoped
public class AutotaskCapabilities {

    @Inject
    AutotaskConnection at;

    @Produces
    @Singleton
    PsaCapabilities capabilities() {
        return of(at.settings(), at.mappings());
    }

    public static PsaCapabilities of(AutotaskSettings settings, AutotaskMappings mappings) {
        return new PsaCapabilities(false, true, false, Set.of(), Paging.CURSOR, true, DocumentFormat.HTML,
                mappings.attachmentMaxBytes(), settings.concurrentCallsPerEndpoint());
    }
}
