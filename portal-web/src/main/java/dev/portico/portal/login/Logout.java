package dev.portico.portal.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Log-out: the container forgets the caller (Jakarta Security then deletes the remember-me cookie
 * and revokes its token), the session is invalidated, and the user lands on the log-in page.
 */
@Named
@RequestScoped
public class Logout {

    @Inject
    ExternalContext externalContext;

    public void logOut() throws ServletException, IOException {
        ((HttpServletRequest) externalContext.getRequest()).logout();
        externalContext.invalidateSession();
        externalContext.redirect(externalContext.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
