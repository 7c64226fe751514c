package dev.portico.portal.home;

import dev.portico.portal.security.CurrentUser;
import dev.portico.psa.PsaException;
import dev.portico.psa.reference.ReferenceDataGateway;
import dev.portico.psa.reference.Site;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;

/**
 * "View data for" on Home: the company's sites (asked of the PSA once per session) and the one chosen, which
 * is remembered for the rest of the session (null: all sites).
 */
@Named
@SessionScoped
public class HomeSite implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HomeSite.class.getName());

    @Inject
    CurrentUser currentUser;

    @Inject
    ReferenceDataGateway reference;

    private Long siteId;
    private List<Site> sites;

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public List<Site> getSites() {
        if (sites == null) {
            try {
                sites = List.copyOf(reference.sites(currentUser.scope()));
            } catch (PsaException e) {
                LOG.fine(() -> "Sites not loaded for the site filter: " + e);
                return List.of();
            }
        }
        return sites;
    }

    /** Only worth offering when the company has more than one site. */
    public boolean isFilterShown() {
        return getSites().size() > 1;
    }
}
