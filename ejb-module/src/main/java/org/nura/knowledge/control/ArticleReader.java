package org.nura.knowledge.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.nura.knowledge.entity.Article;
import org.nura.knowledge.entity.ArticleText;

/** Reads an article in the language asked for, or in the closest language it is written in; never a retired one. */
@ApplicationScoped
public class ArticleReader {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    /** One statement, the texts joined: a find read the article and then its texts (a customer message reads one). */
    public Optional<ArticleView> read(int id, String lang) {
        Article article = em.createNamedQuery("Article.withTexts", Article.class).setParameter("id", id)
                .getResultStream().findFirst().orElse(null); // one row per text, all the same article
        if (article == null || article.retired()) {
            return Optional.empty();
        }
        for (String candidate : Languages.preference(lang)) {
            Optional<ArticleText> text = article.text(candidate);
            if (text.isPresent()) {
                return Optional.of(new ArticleView(article.id(), text.get().title(), text.get().body(), candidate));
            }
        }
        return Optional.empty();
    }
}
