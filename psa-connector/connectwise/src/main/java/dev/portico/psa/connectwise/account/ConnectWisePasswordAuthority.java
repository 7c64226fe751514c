package dev.portico.psa.connectwise.account;

import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaRejectedException.FieldProblem;
import dev.portico.psa.PsaScope;
import dev.portico.psa.account.PasswordAuthority;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.rest.CompanyClient;
import dev.portico.psa.connectwise.rest.CwContact;
import dev.portico.psa.connectwise.rest.CwPatchOperation;
import dev.portico.psa.connectwise.rest.CwRequestPasswordRequest;
import dev.portico.psa.connectwise.rest.CwValidatePortalRequest;
import dev.portico.psa.connectwise.rest.CwValidatePortalResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * ConnectWise keeps portal passwords: {@code validatePortalCredentials} checks one, {@code requestPassword}
 * e-mails a reset, and a PATCH of {@code portalPassword} changes it.
 */
@ApplicationScoped
public class ConnectWisePasswordAuthority implements PasswordAuthority {

    private static final Logger LOG = Logger.getLogger(ConnectWisePasswordAuthority.class.getName());

    private ConnectWiseConnection cw;

    protected ConnectWisePasswordAuthority() {
    }

    @Inject
    public ConnectWisePasswordAuthority(ConnectWiseConnection cw) {
        this.cw = cw;
    }

    @Override
    public OptionalLong verify(String email, char[] password) {
        if (email == null || email.isBlank() || password == null || password.length == 0) {
            return OptionalLong.empty();
        }
        return validate(email.trim(), password);
    }

    @Override
    public void requestReset(String email) {
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
                        .anyMatch(id -> id.isPresent() && id.getAsLong() == scope.contactId());
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

    private OptionalLong validate(String email, char[] password) {
        CwValidatePortalResponse answer;
        try {
            answer = cw.write(() -> companies().validatePortalCredentials(
                    new CwValidatePortalRequest(email, new String(password))));
        } catch (PsaRejectedException | PsaNotFoundException refused) {
            return OptionalLong.empty();
        }
        return answer != null && answer.succeeded() ? OptionalLong.of(answer.contactId()) : OptionalLong.empty();
    }

    /** The caller's own contact; it must belong to the scope's own company. */
    private CwContact ownContact(PsaScope scope) {
        CwContact contact = cw.read(() -> companies().contact(scope.contactId(),
                ConnectWiseAccountGateway.CONTACT_FIELDS));
        if (contact == null || contact.companyId() != scope.companyId()) {
            throw new PsaNotFoundException("Contact");
        }
        return contact;
    }

    private CompanyClient companies() {
        return cw.client(CompanyClient.class);
    }
}
