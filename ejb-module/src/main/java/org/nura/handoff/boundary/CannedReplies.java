package org.nura.handoff.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.nura.handoff.entity.CannedReply;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.Caller;
import org.nura.security.entity.UserAccount;
import org.nura.security.events.AuditRecorded;

/**
 * The agents' canned replies: every agent lists them, supervisors add, change and remove them (the wording agents
 * send in the company's name is the supervisors' to keep); every change is in the audit log under its author.
 */
@Stateless
public class CannedReplies {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    Event<AuditRecorded> audit;

    public List<CannedReplyView> all() {
        return em.createNamedQuery("CannedReply.all", CannedReply.class).setMaxResults(1000).getResultStream()
                .map(CannedReplyView::of).toList();
    }

    public CannedReplyView create(String title, String body, String lang, Caller author) {
        mayManage(author);
        CannedReply reply = valid(() -> new CannedReply(title, body, langOr(lang)));
        em.persist(reply);
        em.flush(); // the generated id goes back to the caller
        audited(author, "canned_reply.create", reply);
        return CannedReplyView.of(reply);
    }

    public CannedReplyView update(long id, String title, String body, String lang, Caller author) {
        mayManage(author);
        CannedReply reply = find(id);
        valid(() -> {
            reply.change(title, body, langOr(lang));
            return reply;
        });
        audited(author, "canned_reply.update", reply);
        return CannedReplyView.of(reply);
    }

    public void delete(long id, Caller author) {
        mayManage(author);
        CannedReply reply = find(id);
        audited(author, "canned_reply.delete", reply);
        em.remove(reply);
    }

    /** Checked here as well as by the API and the console, so that no caller can forget it. */
    private static void mayManage(Caller author) {
        if (author == null || !author.has(UserAccount.SUPERVISOR)) {
            throw new NuraException(NuraException.Kind.FORBIDDEN, "forbidden",
                    "Only supervisors and admins add, change or delete canned replies");
        }
    }

    private void audited(Caller author, String action, CannedReply reply) {
        audit.fire(new AuditRecorded(author.username(), action, "canned_reply:" + reply.id(),
                "by user " + author.userId() + " (" + author.displayName() + "): " + reply.lang() + " " + reply.title()));
    }

    private CannedReply find(long id) {
        CannedReply reply = em.find(CannedReply.class, id);
        if (reply == null) {
            throw NuraException.notFound("canned_reply_not_found", "No canned reply " + id);
        }
        return reply;
    }

    /** Arabic first: a reply without a language is an Arabic one, as the table's default says. */
    private static String langOr(String lang) {
        return lang == null || lang.isBlank() ? "ar" : lang.strip();
    }

    /** The entity refuses bad state itself; its refusal becomes the API's 400. */
    private static CannedReply valid(java.util.function.Supplier<CannedReply> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw NuraException.invalid("invalid_canned_reply", "title (1-" + CannedReply.MAX_TITLE
                    + " characters), body (1-" + CannedReply.MAX_BODY + " characters) and lang (ar, ku or en) are "
                    + "required");
        }
    }
}
