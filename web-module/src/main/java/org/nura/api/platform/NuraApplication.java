package org.nura.api.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The NURA HTTP API, version 1. */
@ApplicationPath("v1")
@OpenAPIDefinition(
        info = @Info(title = "NURA API", version = "1",
                description = "Arabic-first AI-assisted customer support: messages, topics, handoff, analytics."),
        servers = @Server(url = "/"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class NuraApplication extends Application {
}
