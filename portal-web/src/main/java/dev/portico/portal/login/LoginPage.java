package dev.portico.portal.login;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import dev.portico.portal.security.LoginFailure;
import dev.portico.portal.security.PortalAuthenticationMechanism;
import dev.portico.portal.shell.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** The log-in page: hands the form to Jakarta Security and reports why a log-in was refused. */
@Named
@RequestScoped
public class LoginPage {

    static final String HOME = "/home.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    @Inject
    ExternalContext externalContext;

    private String email;
    private String password;
    private boolean rememberMe;

    /** A signed-in user (e.g. through remember-me) has nothing to do here. */
    public void onload() throws IOException {
        if (securityContext.getCallerPrincipal() != null) {
            externalContext.redirect(externalContext.getRequestContextPath() + returnTarget());
        }
    }

    public void submit() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email.trim(), new Password(password)))
                .rememberMe(rememberMe)
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> externalContext.redirect(externalContext.getRequestContextPath() + returnTarget());
            case SEND_CONTINUE -> facesContext.responseComplete();
            default -> reportFailure(request);
        }
    }

    private void reportFailure(HttpServletRequest request) {
        facesContext.validationFailed();
        LoginFailure failure = LoginFailure.of(request)
                .orElse(new LoginFailure(LoginFailure.Reason.INVALID_CREDENTIALS, java.time.Duration.ZERO));
        switch (failure.reason()) {
            case THROTTLED -> Messages.error("login.failed.throttled", failure.retryAfterMinutes());
            case PSA_UNAVAILABLE -> Messages.error("login.failed.psaUnavailable");
            default -> Messages.error("login.failed.invalid");
        }
    }

    /** The page a signed-out user asked for, if it is one of ours, else home. */
    private String returnTarget() {
        HttpSession session = (HttpSession) externalContext.getSession(false);
        Object saved = session == null ? null : session.getAttribute(PortalAuthenticationMechanism.RETURN_TO);
        if (session != null) {
            session.removeAttribute(PortalAuthenticationMechanism.RETURN_TO);
        }
        if (saved instanceof String path && path.startsWith("/") && !path.startsWith("//")
                && !path.startsWith(PortalAuthenticationMechanism.LOGIN_PAGE) && !path.contains("\\")) {
            return path;
        }
        return HOME;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isRememberMe() {
        return rememberMe;
    }

    public void setRememberMe(boolean rememberMe) {
        this.rememberMe = rememberMe;
    }
}
