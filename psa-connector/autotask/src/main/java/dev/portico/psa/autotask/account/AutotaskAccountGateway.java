package dev.portico.psa.autotask.account;

import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.account.AccountGateway;
import dev.portico.psa.account.PortalAccount;
import dev.portico.psa.autotask.AtJson;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.contact.PortalUsers;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.autotask.query.AtFilter;
import dev.portico.psa.autotask.query.AtQuery;
import dev.portico.psa.contact.PortalAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the Autotask contact behind a portal log-in: an active contact whose {@code emailAddress},
 * {@code emailAddress2} or {@code emailAddress3} is the address, and whose {@code ClientPortalUsers} record is
 * active. Autotask cannot check portal passwords, so this adapter offers no
 * {@link dev.portico.psa.account.PasswordAuthority}: Portico keeps the credentials (or signs in through OpenID
 * Connect). An address shared by several active contacts finds nobody.
 */
@ApplicationScoped
public class AutotaskAccountGateway implements AccountGateway {

    @Inject
    AutotaskConnection at;

    protected AutotaskAccountGateway() {
    }

    public AutotaskAccountGateway(AutotaskConnection at) {
        this.at = at;
    }

    @Override
    public Optional<PortalAccount> findByEmail(String email) {
        if (email == null || email.isBlank() || email.length() > 254 || !email.contains("@")) {
            return Optional.empty();
        }
        String address = email.trim().toLowerCase(Locale.ROOT);
        AtFilter filter = AtFilter.on(AtEntity.CONTACTS).eq("isActive", 1L)
                .anyOf(any -> any.eq("emailAddress", address).eq("emailAddress2", address).eq("emailAddress3", address));
        List<JsonObject> found = at.query(new AtQuery(filter, 2, List.of("id", "companyID", "firstName", "lastName",
                "emailAddress", "isActive")), true).items();
        if (found.size() != 1) {
            return Optional.empty();
        }
        return account(found.get(0)).map(account -> account.signedInAs(email.trim()));
    }

    @Override
    public Optional<PortalAccount> reload(long contactId) {
        try {
            JsonObject contact = at.item(AtEntity.CONTACTS, contactId);
            return AtJson.flag(contact, "isActive") ? account(contact) : Optional.empty();
        } catch (PsaNotFoundException gone) {
            return Optional.empty();
        }
    }

    private Optional<PortalAccount> account(JsonObject contact) {
        long contactId = AtJson.number(contact, "id", 0);
        PortalUsers users = new PortalUsers(at);
        PortalAccess access = users.access(users.of(contactId).orElse(null));
        if (!access.enabled()) {
            return Optional.empty();
        }
        long companyId = AtJson.number(contact, "companyID", 0);
        String companyName = "";
        try {
            companyName = AtJson.text(at.item(AtEntity.COMPANIES, companyId), "companyName");
        } catch (PsaNotFoundException noCompany) {
            return Optional.empty();
        }
        return Optional.of(new PortalAccount(contactId, AtJson.text(contact, "emailAddress"),
                AtJson.text(contact, "firstName"), AtJson.text(contact, "lastName"), companyId, companyName,
                access.level()));
    }
}
