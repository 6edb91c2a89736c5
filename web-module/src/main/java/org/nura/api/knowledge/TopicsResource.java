package org.nura.api.knowledge;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.knowledge.boundary.TopicView;
import org.nura.knowledge.boundary.Topics;

/** The guided topic tree the widget shows before (or instead of) free text. */
@Path("topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "customer")
public class TopicsResource {

    @Inject
    Topics topics;

    @GET
    @Operation(summary = "The guided topic tree with labels in one language",
            description = "lang is ar (default), ku, en or ckb (Sorani). Each node has id, label, article_id (leaves) and children.")
    public TopicView tree(@QueryParam("lang") String lang) {
        return topics.tree(lang);
    }
}
