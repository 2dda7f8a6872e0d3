package org.servicehall.conduct.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;
import org.servicehall.security.Role;
import org.servicehall.web.RequiresRole;

import jakarta.ws.rs.GET;

/**
 * Issue 10 item 9: a site's conduct rules and phrases are staff's working material, not public
 * reference data; no page or device of the hall reads them without a login.
 */
class ConductResourceTest {

    private static Role roleOf(String method, Class<?>... parameters) throws NoSuchMethodException {
        Method m = ConductResource.class.getMethod(method, parameters);
        assertNotNull(m.getAnnotation(GET.class), method + " is a read");
        RequiresRole role = m.getAnnotation(RequiresRole.class);
        return role == null ? null : role.value();
    }

    @Test
    void rulesAndPhrasesOfASiteNeedAStaffLogin_C1_C2_C3() throws NoSuchMethodException {
        assertEquals(Role.STAFF, roleOf("rules", String.class, boolean.class));
        assertEquals(Role.STAFF, roleOf("phrases", String.class));
    }
}
