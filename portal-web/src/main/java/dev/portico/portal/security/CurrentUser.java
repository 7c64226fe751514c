package dev.portico.portal.security;

import dev.portico.psa.Permission;
import dev.portico.psa.PsaScope;
import dev.portico.psa.account.AccountGateway;
import dev.portico.psa.account.PortalAccount;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The signed-in portal user of this session: the PSA account, its permissions, and the
 * {@link PsaScope} every connector call needs. Pages get their scope here and nowhere else, so it
 * always comes from the authenticated session and never from a request parameter.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CurrentUser.class.getName());

    @Inject
    AccountGateway accounts;

    @Inject
    LevelPermissions levels;

    @Inject
    SubCompanies subCompanies;

    private PortalAccount account;
    private Set<Permission> permissions = Set.of();
    private Set<Long> companyIds = Set.of();

    public boolean isLoggedIn() {
        return resolve().isPresent();
    }

    /** @throws IllegalStateException when nobody is signed in (protected pages never get here then) */
    public PortalAccount account() {
        return resolve().orElseThrow(() -> new IllegalStateException("No portal user is signed in"));
    }

    public PsaScope scope() {
        PortalAccount signedIn = account();
        return new PsaScope(signedIn.companyId(), companyIds, signedIn.contactId(), Set.of(), permissions);
    }

    public boolean may(Permission permission) {
        return resolve().isPresent() && permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return resolve().isPresent() ? permissions : Set.of();
    }

    public String getDisplayName() {
        return resolve().map(PortalAccount::displayName).orElse("");
    }

    public PortalAccount getAccount() {
        return account();
    }

    /** Replaces the account after the user changed something about it in the PSA. */
    public void refresh(PortalAccount updated) {
        if (account != null && account.contactId() == updated.contactId()) {
            account = updated;
            permissions = levels.forLevel(updated.securityLevel());
            companyIds = subCompanies.companiesFor(updated.companyId());
        }
    }

    private Optional<PortalAccount> resolve() {
        Principal caller = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
        if (caller == null) {
            account = null;
            permissions = Set.of();
            companyIds = Set.of();
            return Optional.empty();
        }
        if (account != null && Long.toString(account.contactId()).equals(caller.getName())) {
            return Optional.of(account);
        }
        PortalAccount loaded;
        if (caller instanceof PortalPrincipal portalPrincipal) {
            loaded = portalPrincipal.account();
        } else {
            // the container kept only the principal's name: load the account again
            long contactId = PortalPrincipal.contactId(caller);
            loaded = accounts.reload(contactId).orElse(null);
            if (loaded == null) {
                LOG.warning(() -> "Contact " + contactId + " is signed in but no longer allowed into the portal");
                return Optional.empty();
            }
        }
        account = loaded;
        permissions = levels.forLevel(loaded.securityLevel());
        companyIds = subCompanies.companiesFor(loaded.companyId());
        return Optional.of(account);
    }
}
