package org.nura.knowledge.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nura.knowledge.control.ArticleDrafts;
import org.nura.knowledge.control.ArticleReader;
import org.nura.knowledge.control.ArticleView;
import org.nura.knowledge.control.KnowledgeChanged;
import org.nura.knowledge.control.KnowledgeRevisions;
import org.nura.knowledge.control.Languages;
import org.nura.knowledge.entity.Article;
import org.nura.knowledge.entity.ArticleText;
import org.nura.platform.control.NuraException;

/**
 * Help articles: customers read them in their language; supervisors list, write, edit and retire them. An edit
 * bumps the knowledge revision and retrains the on-box model after the commit (other nodes follow on their timer).
 */
@Stateless
public class Articles {

    @Inject
    ArticleReader reader;

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    KnowledgeRevisions revisions;

    @Inject
    Event<KnowledgeChanged> changed;

    /** The article in {@code lang} (Arabic when null), or in the closest language it exists in. */
    public ArticleView find(int id, String lang) {
        String wanted = Languages.requireOrDefault(lang);
        return reader.read(id, wanted)
                .orElseThrow(() -> NuraException.notFound("article_not_found", "No article " + id));
    }

    /** Every article, retired ones too (marked), by id. */
    public List<ArticleDetail> list() {
        return em.createNamedQuery("Article.findAll", Article.class).getResultList().stream().map(Articles::detail)
                .toList();
    }

    /** One article with all its languages, retired or not. */
    public ArticleDetail detail(int id) {
        return detail(existing(id));
    }

    /**
     * Stores a new article ({@code id} null: the next free id) or new texts of an existing one; per language a title
     * and a body, both or neither. A retired article cannot be edited.
     */
    public ArticleDetail save(Integer id, Map<String, String> titles, Map<String, String> bodies) {
        Map<String, ArticleText> texts = new LinkedHashMap<>();
        ArticleDrafts.check(titles, bodies).forEach((lang, t) -> texts.put(lang, new ArticleText(t[0], t[1])));
        revisions.bump(); // also serializes writers, so two new articles never get the same id
        Article article;
        if (id == null) {
            Integer max = em.createNamedQuery("Article.maxId", Integer.class).getSingleResult();
            article = new Article(max == null ? 1 : max + 1, texts);
            em.persist(article);
        } else {
            article = existing(id);
            if (article.retired()) {
                throw NuraException.conflict("article_retired", "Article " + id + " is retired and cannot be edited");
            }
            article.edit(texts);
        }
        em.flush();
        changed.fire(new KnowledgeChanged("article " + article.id() + " saved"));
        return detail(article);
    }

    /** Takes the article out of the topic tree and the answers; the row stays for the conversations that cite it. */
    public ArticleDetail retire(int id) {
        Article article = em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (article == null) {
            throw NuraException.notFound("article_not_found", "No article " + id);
        }
        if (!article.retired()) {
            article.retire();
            revisions.bump();
            changed.fire(new KnowledgeChanged("article " + id + " retired"));
        }
        return detail(article);
    }

    private Article existing(int id) {
        Article article = em.find(Article.class, id);
        if (article == null) {
            throw NuraException.notFound("article_not_found", "No article " + id);
        }
        return article;
    }

    private static ArticleDetail detail(Article a) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String lang : Languages.SUPPORTED) {
            a.text(lang).ifPresent(t -> {
                titles.put(lang, t.title());
                bodies.put(lang, t.body());
            });
        }
        return new ArticleDetail(a.id(), titles, bodies, a.retired(), a.updatedAt());
    }
}
