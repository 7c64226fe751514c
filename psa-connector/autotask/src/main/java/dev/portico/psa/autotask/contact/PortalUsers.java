package dev.portico.psa.autotask.contact;

import dev.portico.psa.autotask.AtJson;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.autotask.query.AtFilter;
import dev.portico.psa.autotask.query.AtQuery;
import dev.portico.psa.contact.PortalAccess;
import dev.portico.psa.reference.SecurityLevel;
import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Autotask's {@code ClientPortalUsers}: whether a contact may use the client portal, and at which security level.
 * Portico uses the same switch for its own portal. The API cannot check their passwords.
 */
public final class PortalUsers {

    private final AutotaskConnection at;

    public PortalUsers(AutotaskConnection at) {
        this.at = at;
    }

    /** The portal user records of these contacts, by contact id (one call). */
    public Map<Long, JsonObject> of(Collection<Long> contactIds) {
        Map<Long, JsonObject> users = new HashMap<>();
        if (contactIds.isEmpty()) {
            return users;
        }
        List<Long> ids = List.copyOf(contactIds);
        for (JsonObject user : at.query(new AtQuery(AtFilter.on(AtEntity.CLIENT_PORTAL_USERS).in("contactID",
                ids.subList(0, Math.min(ids.size(), AtQuery.MAX_RECORDS))), AtQuery.MAX_RECORDS,
                List.of("id", "contactID", "isClientPortalActive", "securityLevel", "userName")), true).items()) {
            users.put(AtJson.number(user, "contactID", 0), user);
        }
        return users;
    }

    public Optional<JsonObject> of(long contactId) {
        return Optional.ofNullable(of(List.of(contactId)).get(contactId));
    }

    /** The neutral access of a portal user record (none: disabled). */
    public PortalAccess access(JsonObject user) {
        if (user == null || !AtJson.flag(user, "isClientPortalActive")) {
            return PortalAccess.disabled();
        }
        return PortalAccess.enabled(level(AtJson.number(user, "securityLevel")));
    }

    public SecurityLevel level(Long value) {
        if (value == null) {
            return SecurityLevel.none();
        }
        return new SecurityLevel(String.valueOf(value),
                at.picklistLabel(AtEntity.CLIENT_PORTAL_USERS, "securityLevel", value));
    }
}
