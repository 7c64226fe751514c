package dev.portico.psa.connectwise.account;

import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.account.AccountGateway;
import dev.portico.psa.account.PortalAccount;
import dev.portico.psa.connectwise.Conditions;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.CwRecord;
import dev.portico.psa.connectwise.rest.CompanyClient;
import dev.portico.psa.connectwise.rest.CwCompany;
import dev.portico.psa.connectwise.rest.CwContact;
import dev.portico.psa.connectwise.rest.CwListParams;
import dev.portico.psa.connectwise.rest.CwSecurityLevel;
import dev.portico.psa.reference.SecurityLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds the ConnectWise contact behind a portal log-in: by e-mail address (a communication item of type
 * Email), or again by contact id. Inactive and portal-disabled contacts are refused. The account carries the
 * contact's company and its portal security level with the level's caption.
 */
@ApplicationScoped
public class ConnectWiseAccountGateway implements AccountGateway {

    private static final Logger LOG = Logger.getLogger(ConnectWiseAccountGateway.class.getName());
    static final String CONTACT_FIELDS =
            "id,firstName,lastName,company,inactiveFlag,disablePortalLoginFlag,portalSecurityLevel,communicationItems";
    /** The longest e-mail address ConnectWise stores. */
    private static final int EMAIL_MAX = 250;

    private ConnectWiseConnection cw;

    protected ConnectWiseAccountGateway() {
    }

    @Inject
    public ConnectWiseAccountGateway(ConnectWiseConnection cw) {
        this.cw = cw;
    }

    @Override
    public Optional<PortalAccount> findByEmail(String email) {
        if (email == null || email.isBlank() || email.strip().length() > EMAIL_MAX) {
            return Optional.empty();
        }
        String login = email.strip();
        String conditions = Conditions.on(CwRecord.CONTACT).is("inactiveFlag", false)
                .is("disablePortalLoginFlag", false).build();
        String childConditions = Conditions.on(CwRecord.CONTACT_COMMUNICATION).is("communicationItems/value", login)
                .is("communicationItems/communicationType", "Email").build();
        CwListParams params = CwListParams.where(conditions).childConditions(childConditions).fields(CONTACT_FIELDS)
                .orderBy(Conditions.orderBy(CwRecord.CONTACT, "id", true)).page(1, 2);
        List<CwContact> found = cw.read(() -> companies().contacts(params)).stream()
                .filter(c -> c.emails().stream().anyMatch(login::equalsIgnoreCase))
                .toList();
        if (found.size() != 1) {
            LOG.log(Level.FINE, "{0} portal contacts have the log-in address; none is chosen", found.size());
            return Optional.empty();
        }
        return account(found.get(0), login);
    }

    @Override
    public Optional<PortalAccount> reload(long contactId) {
        if (contactId <= 0) {
            return Optional.empty();
        }
        CwContact contact;
        try {
            contact = cw.read(() -> companies().contact(contactId, CONTACT_FIELDS));
        } catch (PsaNotFoundException gone) {
            return Optional.empty();
        }
        return account(contact, null);
    }

    private Optional<PortalAccount> account(CwContact contact, String loginEmail) {
        if (contact == null || contact.id() == null || !contact.mayUsePortal() || contact.companyId() <= 0) {
            LOG.log(Level.FINE, "Contact {0} may not use the portal", contact == null ? null : contact.id());
            return Optional.empty();
        }
        List<String> emails = contact.emails();
        String email = loginEmail != null && emails.stream().anyMatch(loginEmail::equalsIgnoreCase)
                ? loginEmail
                : emails.stream().findFirst().orElse(loginEmail == null ? "" : loginEmail);
        return Optional.of(new PortalAccount(
                contact.id(),
                email,
                nullToEmpty(contact.firstName()),
                nullToEmpty(contact.lastName()),
                contact.companyId(),
                companyName(contact),
                securityLevel(contact.portalSecurityLevel())));
    }

    /** The level with its caption from the (cached) portal security levels; the number alone when they cannot be read. */
    private SecurityLevel securityLevel(Integer level) {
        if (level == null) {
            return SecurityLevel.none();
        }
        String key = String.valueOf(level);
        try {
            return cw.lookups().securityLevels().stream()
                    .filter(l -> l.id() != null && l.id().intValue() == level)
                    .findFirst()
                    .map(l -> new SecurityLevel(key, caption(l)))
                    .orElse(new SecurityLevel(key, key));
        } catch (PsaNotFoundException | PsaRejectedException unreadable) {
            LOG.log(Level.WARNING, "Portal security level captions cannot be read: {0}", unreadable.getMessage());
            return new SecurityLevel(key, key);
        }
    }

    static String caption(CwSecurityLevel level) {
        return level.caption() == null || level.caption().isBlank() ? nullToEmpty(level.captionIdentifier())
                : level.caption();
    }

    /** The contact's company reference normally carries the name; only ask for the company when it does not. */
    private String companyName(CwContact contact) {
        String name = contact.company().name();
        if (name != null && !name.isBlank()) {
            return name;
        }
        CwCompany company = cw.read(() -> companies().company(contact.companyId(), "id,name"));
        return company == null ? "" : nullToEmpty(company.name());
    }

    private CompanyClient companies() {
        return cw.client(CompanyClient.class);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
