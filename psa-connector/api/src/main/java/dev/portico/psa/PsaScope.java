package dev.portico.psa;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is asking: the companies, contact and sites the signed-in portal user may see, and what they may do.
 * Built from the authenticated session only, never from request parameters, and passed to every
 * gateway call so the adapter can scope list queries and check ownership on reads by id.
 *
 * @param companyId the contact's own company (the primary one): new records are created in it
 * @param companyIds every company the contact may see: its own plus configured sub-companies; always
 *        contains {@code companyId}
 * @param contactId the signed-in contact
 * @param siteIds the sites the contact is limited to; empty means every site of the companies
 * @param permissions what the contact may do
 */
public record PsaScope(long companyId, Set<Long> companyIds, long contactId, Set<Long> siteIds,
        Set<Permission> permissions) implements Serializable {

    public PsaScope {
        if (companyId <= 0 || contactId <= 0) {
            throw new IllegalArgumentException("A scope needs a real company and contact");
        }
        Set<Long> companies = new LinkedHashSet<>();
        companies.add(companyId);
        for (Long id : Objects.requireNonNull(companyIds, "companyIds")) {
            if (id == null || id <= 0) {
                throw new IllegalArgumentException("A scope's companies must be real companies");
            }
            companies.add(id);
        }
        companyIds = Set.copyOf(companies);
        for (Long id : Objects.requireNonNull(siteIds, "siteIds")) {
            if (id == null || id <= 0) {
                throw new IllegalArgumentException("A scope's sites must be real sites");
            }
        }
        siteIds = Set.copyOf(siteIds);
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    }

    /** One company, every site. */
    public PsaScope(long companyId, long contactId, Set<Permission> permissions) {
        this(companyId, Set.of(companyId), contactId, Set.of(), permissions);
    }

    /** Whether a record of {@code companyId} is visible in this scope. */
    public boolean coversCompany(long companyId) {
        return companyIds.contains(companyId);
    }

    /** Whether a record at {@code siteId} is visible; a record without a site is visible when no sites are set. */
    public boolean coversSite(Long siteId) {
        return siteIds.isEmpty() || siteId != null && siteIds.contains(siteId);
    }

    /** More than the contact's own company. */
    public boolean spansCompanies() {
        return companyIds.size() > 1;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /**
     * The adapters' permission check, called first thing in a gateway method: refuses with
     * {@link PsaNotPermittedException} before anything is sent to the PSA.
     */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new PsaNotPermittedException(permission);
        }
    }

    /** Like {@link #require(Permission)}, satisfied by any one of the permissions; the refusal names the first. */
    public void requireAny(Permission permission, Permission... alternatives) {
        if (!may(permission) && java.util.Arrays.stream(alternatives).noneMatch(this::may)) {
            throw new PsaNotPermittedException(permission);
        }
    }

    /** True when the user may only see tickets on which they are the contact. */
    public boolean restrictedToOwnTickets() {
        return !may(Permission.VIEW_COMPANY_TICKETS);
    }
}
