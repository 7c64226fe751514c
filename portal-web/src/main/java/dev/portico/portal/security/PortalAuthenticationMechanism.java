package dev.portico.portal.security;

import dev.portico.portal.security.LoginFailure.Reason;
import dev.portico.psa.PsaException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.RememberMe;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's form log-in. The log-in page hands e-mail and password over through
 * {@code SecurityContext.authenticate}; this mechanism throttles guessing, asks the identity store
 * (the PSA), rotates the session id and tells the container. Protected pages without a signed-in
 * user are sent to the log-in page; {@code @AutoApplySession} and {@code @RememberMe} keep users
 * signed in afterwards.
 */
@ApplicationScoped
@AutoApplySession
@RememberMe(
        cookieMaxAgeSecondsExpression = "#{self.rememberMeMaxAgeSeconds()}",
        cookieSecureOnlyExpression = "#{self.secureCookies(httpMessageContext)}",
        cookieHttpOnly = true,
        isRememberMeExpression = "#{self.isRememberMe(httpMessageContext)}")
@SameSiteCookies
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Session attribute: the page a signed-out user asked for, to return to after log-in. */
    public static final String RETURN_TO = PortalAuthenticationMechanism.class.getName() + ".returnTo";

    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    PortalSecurity security;

    @Inject
    SecurityHeaders securityHeaders;

    @Inject
    PublicAddress publicAddress;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        AuthenticationParameters parameters = context.getAuthParameters();
        if (context.isAuthenticationRequest() && parameters != null
                && parameters.getCredential() instanceof UsernamePasswordCredential credential) {
            return logIn(credential, request, context);
        }
        if (context.isProtected()) {
            return toLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    public int rememberMeMaxAgeSeconds() {
        return security.settings().rememberMeMaxAgeSeconds();
    }

    public boolean secureCookies(HttpMessageContext context) {
        return security.settings().cookieSecure().secure(context.getRequest().isSecure());
    }

    public boolean isRememberMe(HttpMessageContext context) {
        AuthenticationParameters parameters = context.getAuthParameters();
        return parameters != null && parameters.isRememberMe();
    }

    private AuthenticationStatus logIn(UsernamePasswordCredential credential, HttpServletRequest request,
            HttpMessageContext context) {
        String email = credential.getCaller() == null ? "" : credential.getCaller().trim();
        String address = request.getRemoteAddr();
        Optional<Duration> blocked = throttle.blockedFor(email, address);
        if (blocked.isPresent()) {
            LoginFailure.report(request, Reason.THROTTLED, blocked.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential);
        } catch (PsaException e) {
            LOG.log(Level.WARNING, "Portal log-in impossible, the PSA did not answer properly: {0}", e.getMessage());
            LoginFailure.report(request, Reason.PSA_UNAVAILABLE, Duration.ZERO);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.recordFailure(email, address);
            LOG.fine(() -> "Portal log-in refused for a caller from " + address);
            LoginFailure.report(request, Reason.INVALID_CREDENTIALS, Duration.ZERO);
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.recordSuccess(email);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // this response never reaches the filters, so it gets the security headers here
        securityHeaders.applyTo(request, response);
        String loginUrl = request.getContextPath() + LOGIN_PAGE;
        if (isFacesAjax(request)) {
            // a plain 302 would hand the log-in page's HTML to the Faces Ajax engine
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + loginUrl + "?expired=true\"></redirect></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if ("GET".equals(request.getMethod())) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String query = request.getQueryString();
            request.getSession().setAttribute(RETURN_TO, query == null ? path : path + "?" + query);
        }
        // not context.redirect: the container would take the host of the Location from the request
        publicAddress.redirect(response, loginUrl);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isFacesAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }
}
