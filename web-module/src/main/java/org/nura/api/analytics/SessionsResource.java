package org.nura.api.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.analytics.boundary.SessionSearches;
import org.nura.analytics.control.SessionCriteria;
import org.nura.analytics.control.SessionPage;

/** Session search for supervisors: conversations by a word of them and by filters, a page at a time. */
@Path("sessions")
@RolesAllowed("supervisor")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agent")
public class SessionsResource {

    @Inject
    SessionSearches searches;

    @GET
    @Operation(summary = "Search sessions (supervisor)",
            description = "q: words that must all occur in one message a customer or an agent wrote, as parts of"
                    + " words, in any spelling TextFolding folds (hamza seats, ة/ه, ى/ي, diacritics, Kurmanji accents,"
                    + " Sorani on an Arabic keyboard, Arabic-Indic digits); status: bot, pending_handoff, human_active,"
                    + " resolved; channel: web, telegram; agent: the assigned agent's user id; customer_id; from"
                    + " (inclusive) and to (exclusive) as dates (a whole day, UTC) or date-times with offset, on the"
                    + " session's start; page from 1 (20 a page, up to 500). Newest session first; has_more says"
                    + " whether another page follows. Each session shows the first matching message.")
    public SessionPage search(@QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("channel") String channel, @QueryParam("agent") String agent,
            @QueryParam("customer_id") String customerId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") Integer page) {
        return searches.search(SessionCriteria.of(q, status, channel, agent, customerId, from, to, page));
    }
}
