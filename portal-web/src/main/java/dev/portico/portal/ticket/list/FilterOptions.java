package dev.portico.portal.ticket.list;

import dev.portico.portal.ticket.CompanyContacts;
import dev.portico.psa.PsaScope;
import dev.portico.psa.reference.Priority;
import dev.portico.psa.reference.ReferenceDataGateway;
import dev.portico.psa.reference.RequestType;
import dev.portico.psa.reference.Site;
import dev.portico.psa.ticket.TicketStatus;
import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The choices of the list's drop-down filters, read once per page view. Reference data is cached by the
 * connector; the company's contacts only for users who may filter by contact.
 */
public class FilterOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Option> sites;
    private final List<Option> statuses;
    private final List<Option> requestTypes;
    private final List<Option> priorities;
    private final Map<String, String> requestTypeLabels;
    private final CompanyContacts companyContacts;
    private final PsaScope scope;
    private List<Option> contacts;

    /** @param companyContacts null for users who may not filter by contact (they see only their own tickets) */
    FilterOptions(ReferenceDataGateway reference, PsaScope scope, CompanyContacts companyContacts) {
        this.companyContacts = companyContacts;
        this.scope = scope;
        sites = reference.sites(scope).stream()
                .sorted(Comparator.comparing(Site::primary).reversed().thenComparing(Site::name))
                .map(s -> new Option(Long.toString(s.id()), s.name())).toList();
        statuses = reference.ticketStatuses().stream()
                .sorted(Comparator.comparing(TicketStatus::closed))
                .map(s -> new Option(Long.toString(s.id()), s.label()))
                .collect(Collectors.toMap(Option::label, o -> o, (a, b) -> a, LinkedHashMap::new))
                .values().stream().toList();
        List<RequestType> types = reference.requestTypes();
        requestTypes = types.stream().map(t -> new Option(t.key(), t.label())).toList();
        requestTypeLabels = types.stream().collect(Collectors.toMap(RequestType::key, RequestType::label,
                (a, b) -> a, LinkedHashMap::new));
        priorities = reference.priorities().stream().sorted(Comparator.comparingInt(Priority::sortOrder))
                .map(p -> new Option(Long.toString(p.id()), p.name())).toList();
    }

    /** Whether the user may filter by contact (only users who see the company's tickets). */
    public boolean isCompanyContacts() {
        return companyContacts != null;
    }

    /** The company's contacts, active and former, by name; read on first use; none without the permission. */
    public List<Option> getContacts() {
        if (companyContacts == null) {
            return List.of();
        }
        if (contacts == null) {
            contacts = companyContacts.of(scope).stream()
                    .map(c -> new Option(Long.toString(c.id()), c.displayName())).toList();
        }
        return contacts;
    }

    /** The choices of a column's drop-down filter. */
    public List<Option> select(TicketColumn column) {
        return switch (column) {
            case STATUS -> statuses;
            case REQUEST_TYPE -> requestTypes;
            case PRIORITY -> priorities;
            case SITE -> sites;
            case CONTACT -> getContacts();
            default -> List.of();
        };
    }

    /** The configured label of a request type, else {@code fallback} (such as the PSA's type name). */
    public String requestTypeLabel(String key, String fallback) {
        return key != null && requestTypeLabels.containsKey(key) ? requestTypeLabels.get(key) : fallback;
    }

    public List<Option> getSites() {
        return sites;
    }

    public List<Option> getStatuses() {
        return statuses;
    }

    public List<Option> getRequestTypes() {
        return requestTypes;
    }

    public List<Option> getPriorities() {
        return priorities;
    }

    public Map<String, String> requestTypeLabels() {
        return requestTypeLabels;
    }

    public Set<String> requestTypeKeys() {
        return requestTypeLabels.keySet();
    }
}
