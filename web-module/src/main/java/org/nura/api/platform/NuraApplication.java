package org.nura.api.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The NURA HTTP API, version 1. */
@ApplicationPath("v1")
@OpenAPIDefinition(
        info = @Info(title = "NURA API", version = "1",
                description = "Arabic-first AI-assisted customer support: messages, topics, handoff, analytics."),
        servers = @Server(url = "/"),
        tags = {
            @Tag(name = "customer", description = "The widget and channels: no credentials, a session_token per session"),
            @Tag(name = "agent", description = "Agents and supervisors: the handoff queue, replies, outcomes"),
            @Tag(name = "admin", description = "Administrators: the AI switch, the handbook, answer-quality evaluation"),
            @Tag(name = "operations", description = "Operators and load balancers: health, metrics, background jobs")
        })
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class NuraApplication extends Application {
}
