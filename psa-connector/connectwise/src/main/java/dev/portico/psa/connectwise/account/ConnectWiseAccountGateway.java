package dev.portico.psa.connectwise.account;

import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaRejectedException.FieldProblem;
import dev.portico.psa.PsaScope;
import dev.portico.psa.account.AccountGateway;
import dev.portico.psa.account.PortalAccount;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.rest.CompanyClient;
import dev.portico.psa.connectwise.rest.CwCompany;
import dev.portico.psa.connectwise.rest.CwContact;
import dev.portico.psa.connectwise.rest.CwPatchOperation;
import dev.portico.psa.connectwise.rest.CwRequestPasswordRequest;
import dev.portico.psa.connectwise.rest.CwValidatePortalRequest;
import dev.portico.psa.connectwise.rest.CwValidatePortalResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Portal log-in against ConnectWise: {@code validatePortalCredentials}, then the contact (refused when
 * inactive or barred from the portal) and its company. Also password reset and change.
 */
@ApplicationScoped
public class ConnectWiseAccountGateway implements AccountGateway {

    private static final Logger LOG = Logger.getLogger(ConnectWiseAccountGateway.class.getName());
    static final String CONTACT_FIELDS =
            "id,firstName,lastName,company,inactiveFlag,disablePortalLoginFlag,portalSecurityLevel,communicationItems";

    private ConnectWiseConnection cw;

    protected ConnectWiseAccountGateway() {
    }

    @Inject
    public ConnectWiseAccountGateway(ConnectWiseConnection cw) {
        this.cw = cw;
    }

    @Override
    public Optional<PortalAccount> authenticate(String email, char[] password) {
        if (email == null || email.isBlank() || password == null || password.length == 0) {
            return Optional.empty();
        }
        String login = email.trim();
        Optional<Long> contactId = validate(login, password);
        return contactId.flatMap(id -> account(id, login));
    }

    @Override
    public Optional<PortalAccount> reload(long contactId) {
        return contactId <= 0 ? Optional.empty() : account(contactId, null);
    }

    @Override
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        try {
            cw.write(() -> companies().requestPassword(new CwRequestPasswordRequest(email.trim())).close());
        } catch (PsaNotFoundException | PsaRejectedException unknownAddress) {
            LOG.log(Level.FINE, "PSA did not send a password reset; the user is not told why");
        }
    }

    @Override
    public void changePassword(PsaScope scope, char[] currentPassword, char[] newPassword) {
        if (newPassword == null || newPassword.length == 0) {
            throw new PsaRejectedException("A new password is required",
                    List.of(new FieldProblem("newPassword", "A new password is required")));
        }
        CwContact contact = ownContact(scope);
        boolean confirmed = currentPassword != null && currentPassword.length > 0
                && contact.emails().stream()
                        .map(address -> validate(address, currentPassword))
                        .anyMatch(id -> id.isPresent() && id.get() == scope.contactId());
        if (!confirmed) {
            throw new PsaRejectedException("The current password is not correct",
                    List.of(new FieldProblem("currentPassword", "The current password is not correct")));
        }
        List<CwPatchOperation> change = List.of(CwPatchOperation.replace("portalPassword", new String(newPassword)));
        try {
            cw.write(() -> cw.raw().patch("/company/contacts/" + scope.contactId(), change, CwContact.class));
        } catch (PsaRejectedException refused) {
            throw new PsaRejectedException(refused.getMessage(), refused.problems().stream()
                    .map(p -> p.withField("portalPassword".equalsIgnoreCase(p.field()) ? "newPassword" : p.field()))
                    .toList());
        }
    }

    private Optional<Long> validate(String email, char[] password) {
        CwValidatePortalResponse answer;
        try {
            answer = cw.write(() -> companies().validatePortalCredentials(
                    new CwValidatePortalRequest(email, new String(password))));
        } catch (PsaRejectedException | PsaNotFoundException refused) {
            return Optional.empty();
        }
        return answer != null && answer.succeeded() ? Optional.of(answer.contactId()) : Optional.empty();
    }

    private Optional<PortalAccount> account(long contactId, String loginEmail) {
        CwContact contact;
        try {
            contact = cw.read(() -> companies().contact(contactId, CONTACT_FIELDS));
        } catch (PsaNotFoundException gone) {
            return Optional.empty();
        }
        if (contact == null || !contact.mayUsePortal() || contact.companyId() <= 0) {
            LOG.log(Level.FINE, "Contact {0} may not use the portal", contactId);
            return Optional.empty();
        }
        List<String> emails = contact.emails();
        String email = loginEmail != null && emails.stream().anyMatch(loginEmail::equalsIgnoreCase)
                ? loginEmail
                : emails.stream().findFirst().orElse(loginEmail == null ? "" : loginEmail);
        return Optional.of(new PortalAccount(
                contactId,
                email,
                nullToEmpty(contact.firstName()),
                nullToEmpty(contact.lastName()),
                contact.companyId(),
                companyName(contact),
                contact.portalSecurityLevel() == null ? "" : String.valueOf(contact.portalSecurityLevel())));
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

    private CwContact ownContact(PsaScope scope) {
        CwContact contact = cw.read(() -> companies().contact(scope.contactId(), CONTACT_FIELDS));
        if (contact == null || contact.companyId() != scope.companyId()) {
            throw new PsaNotFoundException("Contact");
        }
        return contact;
    }

    private CompanyClient companies() {
        return cw.client(CompanyClient.class);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
