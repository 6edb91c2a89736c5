package org.nura.knowledge.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.nura.knowledge.control.ArticleReader;
import org.nura.knowledge.control.ArticleView;
import org.nura.knowledge.control.Languages;
import org.nura.platform.control.NuraException;

/** Help articles for customers, in their language when the article is written in it. */
@Stateless
public class Articles {

    @Inject
    ArticleReader reader;

    /** The article in {@code lang} (Arabic when null), or in the closest language it exists in. */
    public ArticleView find(int id, String lang) {
        String wanted = Languages.requireOrDefault(lang);
        return reader.read(id, wanted)
                .orElseThrow(() -> NuraException.notFound("article_not_found", "No article " + id));
    }
}
