package org.nura.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.nura.platform.control.NuraException;
import org.nura.sessions.entity.Session;

/**
 * Sessions: looked up in Redis first, restored from PostgreSQL on a miss (and written back), always changed through
 * the durable row so that PostgreSQL holds every turn; Redis gets the new state after the commit. Other components
 * that change a session row themselves call {@link #evict} so that the next read restores it.
 */
@ApplicationScoped
public class SessionStore {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    SessionCache cache;

    @Inject
    Event<SessionChanged> changes;

    @Inject
    SessionTokens tokens;

    /** A session and the token its customer speaks with; the token is only known in the turn that created it. */
    public record Opened(Session session, String token) {
    }

    /**
     * The customer's session, locked for this call: a new one (with a new token) when no id is given, else the
     * existing one if the token is its own. A new session is marked verified when its customer id was verified.
     */
    public Opened openOrCreate(String sessionId, String token, String customerId, String channel,
            boolean identityVerified) {
        if (sessionId == null) {
            String fresh = tokens.newToken();
            return new Opened(create(tokens.hash(fresh), customerId, channel, identityVerified), fresh);
        }
        return new Opened(authenticate(sessionId, token), token);
    }

    /** The session, locked for this call, if the token is its own; any doubt is the same 401, never a hint. */
    public Session authenticate(String sessionId, String token) {
        verify(sessionId, token);
        return lock(sessionId).orElseThrow(SessionStore::refused);
    }

    /** Refuses a token that is not the session's, without locking the row (for streams and reads). */
    public void verify(String sessionId, String token) {
        SessionSnapshot snapshot = sessionId == null || sessionId.isBlank() ? null : open(sessionId).orElse(null);
        if (snapshot == null || !tokens.matches(token, snapshot.tokenHash())) {
            throw refused();
        }
    }

    private static NuraException refused() {
        return NuraException.unauthorized("invalid_session", "Unknown session or wrong token");
    }

    /** The live state, from Redis or else from PostgreSQL. */
    public Optional<SessionSnapshot> open(String sessionId) {
        Optional<SessionSnapshot> cached = cache.get(sessionId);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<SessionSnapshot> restored = Optional.ofNullable(em.find(Session.class, sessionId))
                .map(SessionSnapshot::of);
        restored.ifPresent(cache::put);
        return restored;
    }

    Session create(String tokenHash, String customerId, String channel, boolean identityVerified) {
        Session session = new Session(UUID.randomUUID().toString(), tokenHash, customerId, channel);
        if (identityVerified) {
            session.markIdentityVerified();
        }
        em.persist(session);
        em.flush(); // the log rows refer to it by id only, so the provider cannot order the inserts by itself
        return session;
    }

    /** The durable row, locked until the transaction ends so that two messages of one session cannot interleave. */
    public Optional<Session> lock(String sessionId) {
        return Optional.ofNullable(em.find(Session.class, sessionId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Writes the row now and queues the Redis update for after the commit. */
    public void changed(Session session) {
        em.flush();
        changes.fire(new SessionChanged(session));
    }

    /**
     * Queues the Redis update for after the commit and leaves the row's write to the commit's one flush (a flush of
     * its own cost a customer message a second pass over its changes, issue #17). For a caller that holds the row
     * lock ({@link #lock}), so that no concurrent change can make the write fail at the commit instead of here.
     */
    public void changedAtCommit(Session session) {
        changes.fire(new SessionChanged(session));
    }

    public void evict(String sessionId) {
        cache.evict(sessionId);
    }
}
