package org.nura.api.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HealthResourceTest {

    @Test
    void namesTheServerProductWithoutItsVersion() {
        assertEquals("Payara Server", HealthResource.product("Payara Server  6.2025.10 #badassfish"));
        assertEquals("WildFly Full",
                HealthResource.product("WildFly Full 39.0.1.Final (WildFly Core 31.0.3.Final) - 2.3.21.Final"));
        assertEquals("Undertow", HealthResource.product("Undertow - 2.3.21.Final"));
        assertEquals("unknown", HealthResource.product("6.0"));
        assertEquals("unknown", HealthResource.product(null));
    }
}
