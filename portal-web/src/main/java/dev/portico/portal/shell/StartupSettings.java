package dev.portico.portal.shell;

import dev.portico.portal.config.ConfigValues;
import dev.portico.portal.security.SecuritySettings;
import jakarta.faces.application.ProjectStage;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Applies the settings that web.xml cannot read from MicroProfile Config: the Faces project stage,
 * the session timeout and the session cookie's Secure flag. A container initializer (registered in
 * META-INF/services) because those run before any listener, so before Faces starts.
 */
public class StartupSettings implements ServletContainerInitializer {

    public static final String PROJECT_STAGE = "portal.faces.project-stage";
    public static final String SESSION_TIMEOUT = "portal.session.timeout-minutes";

    private static final Logger LOG = Logger.getLogger(StartupSettings.class.getName());

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        // runs before CDI, so the values are looked up rather than injected
        Config config = ConfigProvider.getConfig(StartupSettings.class.getClassLoader());

        String stage = ConfigValues.text(config.getOptionalValue(PROJECT_STAGE, String.class),
                ProjectStage.Production.name());
        if (Arrays.stream(ProjectStage.values()).noneMatch(known -> known.name().equals(stage))) {
            throw new IllegalArgumentException(PROJECT_STAGE + " must be one of "
                    + Arrays.toString(ProjectStage.values()) + ", is '" + stage + "'");
        }
        context.setInitParameter(ProjectStage.PROJECT_STAGE_PARAM_NAME, stage);

        int minutes = ConfigValues.integer(SESSION_TIMEOUT, config.getOptionalValue(SESSION_TIMEOUT, String.class), 30);
        int timeout = ConfigValues.range(SESSION_TIMEOUT, minutes, 1, 24 * 60);
        context.setSessionTimeout(timeout);

        SecuritySettings.CookieSecurity cookies = SecuritySettings.cookieSecurity(ConfigValues.text(
                config.getOptionalValue(SecuritySettings.COOKIE_SECURE, String.class), "auto"));
        if (cookies == SecuritySettings.CookieSecurity.ALWAYS) {
            context.getSessionCookieConfig().setSecure(true);
        }
        LOG.info(() -> "Portal started: project stage " + stage + ", session timeout " + timeout
                + " min, secure cookies " + cookies);
    }
}
