package org.nura.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.nura.platform.control.NuraException;
import org.nura.security.control.PasswordHashing;
import org.nura.security.control.ProductionSafety;
import org.nura.security.entity.UserAccount;
import org.nura.security.events.AuditRecorded;

/** User management for admins: list, create, change, set a password; the last active admin always stays. */
@Stateless
public class Users {

    private static final Logger LOG = Logger.getLogger(Users.class.getName());

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    Event<AuditRecorded> audit;

    public List<UserView> all() {
        return em.createNamedQuery("UserAccount.all", UserAccount.class).setMaxResults(10_000).getResultStream()
                .map(UserView::of).toList();
    }

    public UserView create(Caller actor, NewUser in) {
        if (in == null || in.username() == null) {
            throw NuraException.invalid("invalid_user", "username, password and roles are required");
        }
        if (byUsername(in.username()).isPresent()) {
            throw NuraException.conflict("username_taken", "A user named " + in.username() + " exists already");
        }
        String hash = hashing.hash(strong(in.username(), in.password()));
        UserAccount user = valid(() -> new UserAccount(in.username().strip(), in.displayName(), roles(in.roles()), hash));
        em.persist(user);
        em.flush(); // the generated id goes back to the caller
        audit.fire(new AuditRecorded(actor.username(), "user.create", target(user), "roles=" + user.roles()));
        return UserView.of(user);
    }

    public UserView update(Caller actor, long id, UserChange change) {
        if (change == null) {
            throw NuraException.invalid("missing_body", "Send display_name, roles and/or active");
        }
        UserAccount user = find(id);
        boolean losesAdmin = user.active() && user.roles().contains(UserAccount.ADMIN)
                && (Boolean.FALSE.equals(change.active())
                        || change.roles() != null && !change.roles().contains(UserAccount.ADMIN));
        if (losesAdmin) {
            keepAnAdmin(user);
        }
        valid(() -> {
            if (change.displayName() != null) {
                user.rename(change.displayName());
            }
            if (change.roles() != null) {
                user.changeRoles(roles(change.roles()));
            }
            if (change.active() != null) {
                user.changeActive(change.active());
            }
            return user;
        });
        audit.fire(new AuditRecorded(actor.username(), "user.update", target(user), "display_name="
                + user.displayName() + " roles=" + user.roles() + " active=" + user.active()));
        return UserView.of(user);
    }

    /** Sets a new password; every open token of the user ends. */
    public UserView changePassword(Caller actor, long id, String password) {
        UserAccount user = find(id);
        user.changePasswordHash(hashing.hash(strong(user.username(), password)));
        audit.fire(new AuditRecorded(actor.username(), "user.password", target(user), null));
        return UserView.of(user);
    }

    /** A signed-in user picks the console's interface language for themselves. */
    public UserView chooseConsoleLanguage(Caller self, String lang) {
        UserAccount user = find(Long.parseLong(self.userId()));
        valid(() -> {
            user.changeConsoleLanguage(lang);
            return user;
        });
        return UserView.of(user);
    }

    /** An active user who may take handoffs, by id or user name (for transfers). */
    public Optional<UserView> activeAgent(String idOrUsername) {
        Optional<UserAccount> user = idOrUsername != null && idOrUsername.matches("\\d{1,18}")
                ? Optional.ofNullable(em.find(UserAccount.class, Long.parseLong(idOrUsername)))
                : byUsername(idOrUsername == null ? "" : idOrUsername);
        return user.filter(UserAccount::active).map(UserView::of);
    }

    /** First start: with no user at all, the admin from ADMIN_USERNAME/ADMIN_PASSWORD. True when it was created. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean createFirstAdmin(String username, String password) {
        if (em.createNamedQuery("UserAccount.count", Long.class).getSingleResult() > 0) {
            return false;
        }
        if (password.isEmpty()) {
            LOG.severe("No user exists and ADMIN_PASSWORD is empty: nobody can sign in until it is set");
            return false;
        }
        UserAccount admin = new UserAccount(username, "Administrator", Set.of(UserAccount.ADMIN), hashing.hash(password));
        em.persist(admin);
        audit.fire(new AuditRecorded("system", "user.create", target(admin), "first start: admin from ADMIN_USERNAME"));
        return true;
    }

    /** Locks the active users so that two admins demoting each other at once cannot leave none. */
    private void keepAnAdmin(UserAccount leaving) {
        long others = em.createNamedQuery("UserAccount.active", UserAccount.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .filter(u -> !u.id().equals(leaving.id()) && u.roles().contains(UserAccount.ADMIN)).count();
        if (others == 0) {
            throw NuraException.conflict("last_admin", "The last active admin cannot be disabled or lose the admin role");
        }
    }

    private UserAccount find(long id) {
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null) {
            throw NuraException.notFound("user_not_found", "No user " + id);
        }
        return user;
    }

    private Optional<UserAccount> byUsername(String name) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", name.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    private static String strong(String username, String password) {
        if (password == null) {
            throw NuraException.invalid("invalid_password", "password is required");
        }
        ProductionSafety.weakPassword(username, password).ifPresent(why -> {
            throw NuraException.invalid("weak_password", "The password " + why + " (at least "
                    + ProductionSafety.MIN_PASSWORD + " characters, not a common one, not the user name)");
        });
        return password;
    }

    private static Set<String> roles(List<String> given) {
        if (given == null || given.isEmpty() || !UserAccount.ROLES.containsAll(given)) {
            throw NuraException.invalid("invalid_roles", "roles: one or more of " + UserAccount.ROLES);
        }
        return new LinkedHashSet<>(given);
    }

    private static String target(UserAccount user) {
        return "user:" + user.id() + ":" + user.username();
    }

    /** The entity refuses bad state itself; its refusal becomes the API's 400. */
    private static UserAccount valid(Supplier<UserAccount> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw NuraException.invalid("invalid_user", e.getMessage());
        }
    }
}
