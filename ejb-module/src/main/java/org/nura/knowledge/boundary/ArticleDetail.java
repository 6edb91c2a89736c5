package org.nura.knowledge.boundary;

import java.time.OffsetDateTime;
import java.util.Map;

/** An article with its title and body in each language it is written in (ar, ku, en, ckb), for editing. */
public record ArticleDetail(int id, Map<String, String> titles, Map<String, String> bodies, boolean retired,
        OffsetDateTime updatedAt) {

    public ArticleDetail {
        titles = Map.copyOf(titles);
        bodies = Map.copyOf(bodies);
    }

    /** The title to list the article by: Arabic first, as customers see it by default. */
    public String title(String lang) {
        return org.nura.knowledge.control.Languages.preference(lang).stream().map(titles::get)
                .filter(t -> t != null).findFirst().orElse("#" + id);
    }
}
