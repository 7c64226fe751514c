package dev.portico.psa.autotask;

import dev.portico.psa.PsaScope;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.autotask.query.AtFilter;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Tenant isolation, once: every list query starts with the scope's conditions (its company set, its sites where
 * the records have a site, and for tickets the contact when the user may only see their own), and every read by id
 * is checked against the same rules. A record outside the scope is "not found", never "forbidden".
 */
public final class AtScoping {

    private AtScoping() {
    }

    /** A filter on a company-owned entity that already holds the scope's conditions; add the rest after it. */
    public static AtFilter scoped(AtEntity entity, PsaScope scope) {
        String company = entity.companyField().orElseThrow(() -> new IllegalArgumentException(
                entity.path() + " has no company field; scope it through its parent"));
        AtFilter filter = AtFilter.on(entity).in(company, sorted(scope.companyIds()));
        if (!scope.siteIds().isEmpty()) {
            entity.siteField().ifPresent(site -> filter.in(site, sorted(scope.siteIds())));
        }
        return filter;
    }

    /** The company set only, without sites: for look-ups such as a ticket by its idempotency token. */
    public static AtFilter companies(AtEntity entity, PsaScope scope) {
        String company = entity.companyField().orElseThrow();
        return AtFilter.on(entity).in(company, sorted(scope.companyIds()));
    }

    /** Tickets in scope: the company set, the sites, and {@code contactID} for own-ticket users. */
    public static AtFilter tickets(PsaScope scope) {
        AtFilter filter = scoped(AtEntity.TICKETS, scope);
        if (scope.restrictedToOwnTickets()) {
            filter.eq("contactID", scope.contactId());
        }
        return filter;
    }

    /** Whether a record read by id is visible in the scope (company, and site where the entity has one). */
    public static boolean covers(PsaScope scope, AtEntity entity, JsonObject item) {
        String companyField = entity.companyField().orElseThrow();
        Long company = AtJson.number(item, companyField);
        if (company == null || !scope.coversCompany(company)) {
            return false;
        }
        return entity.siteField().filter(site -> !"id".equals(site))
                .map(site -> scope.coversSite(AtJson.number(item, site))).orElse(true);
    }

    /** Whether a ticket read by id is visible: {@link #covers} plus the contact for own-ticket users. */
    public static boolean coversTicket(PsaScope scope, JsonObject ticket) {
        if (!covers(scope, AtEntity.TICKETS, ticket)) {
            return false;
        }
        return !scope.restrictedToOwnTickets() || Long.valueOf(scope.contactId()).equals(
                AtJson.number(ticket, "contactID"));
    }

    private static List<Long> sorted(java.util.Set<Long> ids) {
        List<Long> list = new ArrayList<>(ids);
        list.sort(null);
        return list;
    }
}
