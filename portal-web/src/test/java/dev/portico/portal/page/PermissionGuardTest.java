package dev.portico.portal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.portal.security.CurrentUser;
import dev.portico.psa.Permission;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionGuardTest {

    @RequiresPermission(Permission.CREATE_TICKETS)
    static class NewThingPage {
        public boolean isReady() {
            return true;
        }

        public String title() {
            return "New";
        }

        @RequiresPermission(Permission.MANAGE_CONTACTS)
        public void addContact() {
        }
    }

    static class SubPage extends NewThingPage {
    }

    static class OpenPage {
        public String title() {
            return "Open";
        }
    }

    private static final class User extends CurrentUser {
        private final Set<Permission> held;

        User(Permission... held) {
            this.held = Set.of(held);
        }

        @Override
        public boolean may(Permission permission) {
            return held.contains(permission);
        }
    }

    private static final class Call implements InvocationContext {
        private final Object target;
        private final Method method;
        boolean proceeded;

        Call(Object target, String method) throws NoSuchMethodException {
            this.target = target;
            this.method = target.getClass().getMethod(method);
        }

        @Override
        public Object getTarget() {
            return target;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {
        }

        @Override
        public Map<String, Object> getContextData() {
            return new HashMap<>();
        }

        @Override
        public Object proceed() throws Exception {
            proceeded = true;
            return method.invoke(target);
        }
    }

    private int refusals;

    private PermissionGuard guard(Permission... held) {
        PermissionGuard guard = new PermissionGuard() {
            @Override
            void refuse() {
                refusals++;
            }
        };
        guard.currentUser = new User(held);
        return guard;
    }

    @Test
    void theMethodsOwnPermissionWinsOverTheClasssAndSubclassesInheritIt() throws Exception {
        assertEquals(Permission.CREATE_TICKETS,
                PermissionGuard.required(NewThingPage.class.getMethod("title"), NewThingPage.class));
        assertEquals(Permission.MANAGE_CONTACTS,
                PermissionGuard.required(NewThingPage.class.getMethod("addContact"), NewThingPage.class));
        assertEquals(Permission.CREATE_TICKETS,
                PermissionGuard.required(SubPage.class.getMethod("title"), SubPage.class));
        assertNull(PermissionGuard.required(OpenPage.class.getMethod("title"), OpenPage.class));
    }

    @Test
    void aUserWithThePermissionUsesThePage() throws Exception {
        Call call = new Call(new NewThingPage(), "title");

        assertEquals("New", guard(Permission.CREATE_TICKETS).guard(call));
        assertTrue(call.proceeded);
        assertEquals(0, refusals);
    }

    @Test
    void aUserWithoutItGetsNothingAndTheBeanDoesNotRun() throws Exception {
        Call title = new Call(new NewThingPage(), "title");
        Call ready = new Call(new NewThingPage(), "isReady");
        Call add = new Call(new NewThingPage(), "addContact");

        assertNull(guard(Permission.VIEW_COMPANY_TICKETS).guard(title));
        assertEquals(false, guard().guard(ready), "a primitive answer is its empty value, never null");
        assertNull(guard(Permission.CREATE_TICKETS).guard(add));
        assertFalse(title.proceeded || ready.proceeded || add.proceeded);
        assertEquals(3, refusals, "each refused call answers not found");
    }
}
