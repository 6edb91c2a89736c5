package org.nura.api.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

/** Which roles an endpoint needs (the method's annotation over its class's) and how the bearer is read. */
class RolesFilterTest {

    @RolesAllowed("agent")
    static class AgentThings {
        public void plain() {
        }

        @RolesAllowed("admin")
        public void adminOnly() {
        }
    }

    static class OpenThings {
        public void open() {
        }
    }

    @Test
    void theMethodsRolesWinOverTheClasses() throws Exception {
        assertArrayEquals(new String[] {"agent"},
                RolesFilter.required(AgentThings.class.getMethod("plain"), AgentThings.class).value());
        assertArrayEquals(new String[] {"admin"},
                RolesFilter.required(AgentThings.class.getMethod("adminOnly"), AgentThings.class).value());
        assertNull(RolesFilter.required(OpenThings.class.getMethod("open"), OpenThings.class), "no roles: open");
    }

    @Test
    void onlyABearerWithATokenCounts() {
        assertEquals("abc.def", RolesFilter.bearer("Bearer abc.def"));
        assertEquals("abc", RolesFilter.bearer("bearer   abc  "));
        assertNull(RolesFilter.bearer(null));
        assertNull(RolesFilter.bearer("Basic YWxpOnB3"));
        assertNull(RolesFilter.bearer("Bearer "));
        assertNull(RolesFilter.bearer("Bearer"));
    }
}
