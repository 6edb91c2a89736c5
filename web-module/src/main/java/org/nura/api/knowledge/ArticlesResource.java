package org.nura.api.knowledge;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.knowledge.boundary.Articles;
import org.nura.knowledge.control.ArticleView;

/** Help articles, as opened from the topic tree or cited by an answer. */
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "customer")
public class ArticlesResource {

    @Inject
    Articles articles;

    @GET
    @Path("{id}") // an id that is not a number is a 404 from JAX-RS itself
    @Operation(summary = "One article in one language",
            description = "lang is ar (default), ku, en or ckb (Sorani); when the article is not written in that language the "
                    + "closest one is returned and named in lang.")
    public ArticleView article(@PathParam("id") int id, @QueryParam("lang") String lang) {
        return articles.find(id, lang);
    }
}
