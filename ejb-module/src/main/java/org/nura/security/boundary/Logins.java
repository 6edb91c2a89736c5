package org.nura.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.nura.platform.control.NuraException;
import org.nura.platform.control.TooManyRequests;
import org.nura.security.control.AccessTokens;
import org.nura.security.control.PasswordHashing;
import org.nura.security.control.RateLimiter;
import org.nura.security.control.SecurityConfig;
import org.nura.security.entity.RevokedToken;
import org.nura.security.entity.UserAccount;
import org.nura.security.events.SecurityIncident;

/**
 * Sign-in, sign-out and the check of a bearer token on every request. A token is good while its signature holds,
 * it has not expired, it was not signed out, and its user is active with the token version it was issued under.
 */
@Stateless
public class Logins {

    public static final String LOGIN_BUCKET = "login";

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    AccessTokens tokens;

    @Inject
    SecurityConfig config;

    @Inject
    RateLimiter limiter;

    @Inject
    Event<SecurityIncident> incidents;

    /** 5 attempts per IP and user name per 5 minutes (configurable); a success clears the count. */
    public LoginResult login(String username, String password, Client client) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > 128 || password == null || password.isEmpty()) {
            throw NuraException.invalid("missing_credentials", "Send username and password");
        }
        String key = client.ip() + "|" + name.toLowerCase(Locale.ROOT);
        limiter.hit(LOGIN_BUCKET, key, config.loginRateLimit(), config.loginRateWindow()).ifPresent(retry -> {
            incidents.fire(incident("login_rate_limited", name, client, "too many sign-in attempts"));
            throw new TooManyRequests("too_many_attempts", "Too many sign-in attempts; try again later", retry);
        });
        Optional<UserAccount> found = byUsername(name);
        if (found.isEmpty()) {
            hashing.compareWithDecoy(password);
        }
        String refusal = found.map(u -> !PasswordHashing.matches(password, u.passwordHash()) ? "wrong_password"
                : u.active() ? "" : "inactive_user").orElse("unknown_user");
        if (!refusal.isEmpty()) {
            incidents.fire(incident("login_failed", name, client, refusal));
            throw NuraException.unauthorized("invalid_credentials", "Wrong user name or password");
        }
        limiter.reset(LOGIN_BUCKET, key);
        UserAccount user = found.get();
        user.signedIn(OffsetDateTime.now());
        Instant expires = Instant.now().plus(config.tokenTtl());
        String token = tokens.issue(AccessTokens.fresh(user.id(), user.tokenVersion(), expires));
        return new LoginResult(token, OffsetDateTime.ofInstant(expires, ZoneOffset.UTC), UserView.of(user));
    }

    /** The caller a bearer token stands for; 401 (and a security log row) for any token that is no longer good. */
    public Caller authenticate(String token, Client client) {
        AccessTokens.Claims claims = tokens.verify(token, Instant.now()).orElseThrow(() -> refuse(null, client,
                "bad signature, malformed or expired"));
        UserAccount user = em.find(UserAccount.class, claims.userId());
        if (user == null || !user.active() || user.tokenVersion() != claims.tokenVersion()) {
            throw refuse(user, client, user == null ? "user removed" : !user.active() ? "user disabled"
                    : "user changed since the token was issued");
        }
        if (em.find(RevokedToken.class, claims.tokenId()) != null) {
            throw refuse(user, client, "signed out");
        }
        return Caller.of(user);
    }

    /** Ends one token at once; a token that is already bad is simply ignored. */
    public void logout(String token) {
        tokens.verify(token, Instant.now()).ifPresent(claims -> {
            em.createNamedQuery("RevokedToken.expired").setParameter("now", OffsetDateTime.now()).executeUpdate();
            if (em.find(RevokedToken.class, claims.tokenId()) == null) {
                em.persist(new RevokedToken(claims.tokenId(),
                        OffsetDateTime.ofInstant(claims.expiresAt(), ZoneOffset.UTC)));
            }
        });
    }

    Optional<UserAccount> byUsername(String name) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", name.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    private NuraException refuse(UserAccount user, Client client, String why) {
        incidents.fire(incident("token_refused", user == null ? null : user.username(), client, why));
        return NuraException.unauthorized("invalid_token", "The token is invalid, expired or no longer valid; sign in again");
    }

    static SecurityIncident incident(String kind, String username, Client client, String detail) {
        return new SecurityIncident(kind, username, client.ip(), client.userAgent(), client.requestId(), detail);
    }
}
