package dev.portico.portal.security;

import dev.portico.psa.Permission;
import dev.portico.psa.reference.SecurityLevelDefaults;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Maps PSA portal security levels onto portal permissions: {@code portal.security.level.<n>} holds a
 * comma-separated list of {@link Permission} names, {@code *} for all of them or {@code NONE}.
 * A level without an entry keeps the default its PSA adapter declares ({@link SecurityLevelDefaults}); a level
 * neither names may only see the user's own tickets (no permission at all).
 */
public final class PermissionMapping implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String PREFIX = "portal.security.level.";
    /** Levels looked up by name even when their keys come from environment variables (PORTAL_SECURITY_LEVEL_1). */
    static final int HIGHEST_WELL_KNOWN_LEVEL = 9;

    private final Map<String, Set<Permission>> byLevel;

    private PermissionMapping(Map<String, Set<Permission>> byLevel) {
        this.byLevel = Collections.unmodifiableMap(byLevel);
    }

    /** The adapter's defaults alone, with nothing configured. */
    public static PermissionMapping defaults(Map<String, Set<Permission>> adapterDefaults) {
        return from(Map.of(), adapterDefaults);
    }

    /**
     * The keys to look up: levels 1 to {@value #HIGHEST_WELL_KNOWN_LEVEL} by name (their environment variables do
     * not show up as dotted names) and every other {@code portal.security.level.*} key that is configured.
     *
     * @param propertyNames every configured key
     */
    public static Set<String> levelKeys(Iterable<String> propertyNames) {
        Set<String> keys = new TreeSet<>();
        for (int level = 1; level <= HIGHEST_WELL_KNOWN_LEVEL; level++) {
            keys.add(PREFIX + level);
        }
        for (String name : propertyNames) {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                keys.add(name);
            }
        }
        return keys;
    }

    /**
     * @param configured the configured {@code portal.security.level.<n>} keys and their values; levels without
     *                   one keep their default
     * @param adapterDefaults what the PSA adapter says its levels may do (only it knows what a level number means)
     * @throws IllegalArgumentException naming the key when a value holds an unknown permission
     */
    public static PermissionMapping from(Map<String, String> configured, Map<String, Set<Permission>> adapterDefaults) {
        Map<String, Set<Permission>> defaults = new LinkedHashMap<>();
        adapterDefaults.forEach((level, permissions) -> defaults.put(normalize(level), permissions));
        Set<String> levels = new TreeSet<>(defaults.keySet());
        for (String key : configured.keySet()) {
            if (key.startsWith(PREFIX) && key.length() > PREFIX.length()) {
                levels.add(key.substring(PREFIX.length()));
            }
        }
        Map<String, Set<Permission>> byLevel = new LinkedHashMap<>();
        for (String level : levels) {
            String key = PREFIX + level;
            String value = configured.get(key);
            Set<Permission> permissions = value != null ? parse(key, value) : defaults.get(normalize(level));
            if (permissions != null) {
                byLevel.put(normalize(level), permissions.isEmpty() ? Set.of()
                        : Collections.unmodifiableSet(EnumSet.copyOf(permissions)));
            }
        }
        return new PermissionMapping(byLevel);
    }

    /** The permissions of a level; an unknown or missing level gets none (own tickets only). */
    public Set<Permission> permissionsFor(String securityLevel) {
        if (securityLevel == null) {
            return Set.of();
        }
        return byLevel.getOrDefault(normalize(securityLevel), Set.of());
    }

    /** Every configured level and its permissions, for the start-up log. */
    public Map<String, Set<Permission>> asMap() {
        return byLevel;
    }

    static EnumSet<Permission> parse(String key, String value) {
        String trimmed = value.trim();
        if (trimmed.equals("*") || trimmed.equalsIgnoreCase("ALL")) {
            return EnumSet.allOf(Permission.class);
        }
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("NONE")) {
            return EnumSet.noneOf(Permission.class);
        }
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String part : trimmed.split(",")) {
            String name = part.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            if (name.isEmpty()) {
                continue;
            }
            try {
                permissions.add(Permission.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Config key " + key + " names an unknown permission '" + part.trim()
                        + "'; known permissions are " + Arrays.stream(Permission.values()).map(Enum::name)
                                .collect(Collectors.joining(", ")) + ", or * for all, NONE for none", e);
            }
        }
        return permissions;
    }

    private static String normalize(String level) {
        return level.trim().toLowerCase(Locale.ROOT);
    }
}
