package dev.portico.portal.security;

import dev.portico.psa.Permission;
import dev.portico.psa.reference.SecurityLevel;
import dev.portico.psa.reference.SecurityLevelDefaults;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/** The configured {@link PermissionMapping} over the adapter's defaults, read once at start-up. */
@ApplicationScoped
public class LevelPermissions {

    private static final Logger LOG = Logger.getLogger(LevelPermissions.class.getName());

    @Inject
    Config config;

    @Inject
    SecurityLevelDefaults adapterDefaults;

    private PermissionMapping mapping;

    LevelPermissions() {
    }

    LevelPermissions(PermissionMapping mapping) {
        this.mapping = mapping;
    }

    @PostConstruct
    void init() {
        Map<String, String> configured = new LinkedHashMap<>();
        for (String key : PermissionMapping.levelKeys(config.getPropertyNames())) {
            config.getOptionalValue(key, String.class).ifPresent(value -> configured.put(key, value));
        }
        mapping = PermissionMapping.from(configured, adapterDefaults.defaultPermissions());
        LOG.info(() -> "Portal permissions by PSA security level: " + mapping.asMap());
    }

    public Set<Permission> forLevel(String securityLevel) {
        return mapping.permissionsFor(securityLevel);
    }

    /** The permissions of the level's key. */
    public Set<Permission> forLevel(SecurityLevel securityLevel) {
        return mapping.permissionsFor(securityLevel == null ? null : securityLevel.key());
    }
}
