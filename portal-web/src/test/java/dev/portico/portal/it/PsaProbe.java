package dev.portico.portal.it;

import dev.portico.psa.account.AccountGateway;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Test-only backing bean (added to the deployment by PortalShellIT): an action that needs the PSA. */
@Named
@RequestScoped
public class PsaProbe {

    @Inject
    AccountGateway accounts;

    private String note;

    public void save() {
        accounts.reload(999);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
