package org.nura.api.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.analytics.boundary.AggregateTimer;
import org.nura.analytics.boundary.DashboardView;
import org.nura.analytics.boundary.Dashboards;
import org.nura.analytics.boundary.RatingsView;
import org.nura.analytics.boundary.RefreshView;
import org.nura.analytics.boundary.ReportView;
import org.nura.analytics.boundary.Reports;
import org.nura.analytics.control.Filters;
import org.nura.platform.control.NuraException;

/** The supervisors' figures: dashboard, reports (JSON, one section as CSV, all as a zip), ratings, refresh. */
@Path("analytics")
@RolesAllowed("supervisor")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agent")
public class AnalyticsResource {

    static final String CSV = "text/csv; charset=utf-8";
    static final String ZIP = "application/zip";

    @Inject
    Dashboards dashboards;

    @Inject
    Reports reports;

    @Inject
    AggregateTimer aggregates;

    @GET
    @Path("dashboard")
    @Operation(summary = "KPIs of a period and their change against the previous period of the same length",
            description = "?days=30 (today and the 29 days before, UTC) or ?from=YYYY-MM-DD&to=YYYY-MM-DD. "
                    + "change is (current - previous) / previous, null when the previous value is 0 or unknown.")
    public DashboardView dashboard(@QueryParam("days") Integer days, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return dashboards.dashboard(days, from, to);
    }

    @GET
    @Path("reports")
    @Produces({MediaType.APPLICATION_JSON, CSV, ZIP})
    @APIResponseSchema(value = ReportView.class, responseDescription = "The sections as JSON; with format=csv one "
            + "section as CSV (UTF-8 with BOM) or, without section, a zip of every section's CSV")
    @Operation(summary = "Knowledge gaps, intents, handoffs, outcomes, cost and agents of a period",
            description = "?days= or ?from=&to=, filters channel (web|telegram), lang, agent (user id or user name), "
                    + "category (issue category); format=json|csv; section=knowledge_gaps|intents|handoffs|outcomes|"
                    + "cost|agents with format=csv.")
    public Response reports(@QueryParam("days") Integer days, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("channel") String channel, @QueryParam("agent") String agent,
            @QueryParam("category") String category, @QueryParam("lang") String lang,
            @QueryParam("format") String format, @QueryParam("section") String section) {
        Filters filters = new Filters(channel, agent, category, lang);
        String wanted = format == null || format.isBlank() ? "json" : format.strip();
        if ("json".equals(wanted)) {
            if (section != null && !section.isBlank()) {
                throw NuraException.invalid("invalid_format", "section= needs format=csv");
            }
            return Response.ok(reports.report(days, from, to, filters), MediaType.APPLICATION_JSON).build();
        }
        if (!"csv".equals(wanted)) {
            throw NuraException.invalid("invalid_format", "format must be json or csv");
        }
        String one = section == null || section.isBlank() ? null : section.strip();
        byte[] body = reports.csv(days, from, to, filters, one);
        String file = one == null ? "nura-report.zip" : "nura-" + one.replace('_', '-') + ".csv";
        return Response.ok(body, one == null ? ZIP : CSV)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @GET
    @Path("ratings")
    @Operation(summary = "Thumbs up and down by source and intent, and the newest thumbs-down with their question",
            description = "?days=30 or ?from=&to=; ratings count on the day of the answer they rate, the newest list "
                    + "by when the rating was given.")
    public RatingsView ratings(@QueryParam("days") Integer days, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return reports.ratings(days, from, to);
    }

    @POST
    @Path("refresh")
    @Operation(summary = "Recompute the daily aggregates now",
            description = "Without parameters the hourly timer's days (yesterday and ANALYTICS_REFRESH_DAYS in all); "
                    + "?from=&to= (whole past days, at most 366). Safe to run twice at once: nothing is counted twice.")
    public RefreshView refresh(@QueryParam("from") String from, @QueryParam("to") String to) {
        return aggregates.refresh(from, to);
    }
}
