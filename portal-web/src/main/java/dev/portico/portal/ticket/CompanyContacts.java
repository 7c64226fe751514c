package dev.portico.portal.ticket;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaScope;
import dev.portico.psa.contact.Contact;
import dev.portico.psa.contact.ContactGateway;
import dev.portico.psa.contact.ContactQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * A company's contacts (active and former, by name) for the contact filter and the new-ticket contact picker,
 * kept for two minutes per company: every list page would otherwise cost two more PSA calls. Only users who may
 * see the company's tickets or manage its contacts are given them.
 */
@ApplicationScoped
public class CompanyContacts {

    /** Enough for a customer of an MSP; the pickers list the first ones by name. */
    static final int LIMIT = 1000;

    @Inject
    ContactGateway contacts;

    private final Cache<Long, List<Contact>> byCompany = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(2)).maximumSize(1_000).build();

    public List<Contact> of(PsaScope scope) {
        return byCompany.get(scope.companyId(), company -> contacts.search(scope, new ContactQuery(null, null, true),
                        new PageRequest(0, LIMIT)).items().stream()
                .sorted(Comparator.comparing(Contact::inactive).thenComparing(Contact::displayName))
                .toList());
    }

    /** After a contact was added, so the pickers show it at once. */
    public void changed(long companyId) {
        byCompany.invalidate(companyId);
    }
}
