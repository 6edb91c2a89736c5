package org.nura.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in: user name, display name, roles, active flag and password hash. Every change that must end
 * the user's open tokens (roles, active flag, password) bumps the token version.
 */
@Entity
@Table(name = "users")
@NamedQuery(name = "UserAccount.all", query = "SELECT u FROM UserAccount u ORDER BY u.username")
@NamedQuery(name = "UserAccount.byUsername", query = "SELECT u FROM UserAccount u WHERE LOWER(u.username) = :username")
@NamedQuery(name = "UserAccount.count", query = "SELECT COUNT(u) FROM UserAccount u")
@NamedQuery(name = "UserAccount.active", query = "SELECT u FROM UserAccount u WHERE u.active = TRUE")
public class UserAccount {

    public static final String ADMIN = "admin";
    public static final String SUPERVISOR = "supervisor";
    public static final String AGENT = "agent";
    /** Strongest first: the order roles are stored and shown in. */
    public static final List<String> ROLES = List.of(ADMIN, SUPERVISOR, AGENT);
    public static final List<String> CONSOLE_LANGUAGES = List.of("ar", "en");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String roles;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "token_version", nullable = false)
    private int tokenVersion;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @Column(name = "console_lang", nullable = false)
    private String consoleLanguage = "ar";

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, Set<String> roles, String passwordHash) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username: 2-64 letters, digits, '.', '_', '@' or '-'");
        }
        this.username = username;
        this.active = true;
        this.createdAt = OffsetDateTime.now();
        this.updatedAt = createdAt;
        rename(displayName == null || displayName.isBlank() ? username : displayName);
        this.roles = join(roles);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    public final void rename(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 128) {
            throw new IllegalArgumentException("display_name: 1-128 characters");
        }
        this.displayName = name.strip();
        this.updatedAt = OffsetDateTime.now();
    }

    /** New roles end the open tokens: a demoted admin must not keep an admin token. */
    public void changeRoles(Set<String> newRoles) {
        String joined = join(newRoles);
        if (!joined.equals(roles)) {
            this.roles = joined;
            bump();
        }
    }

    public void changeActive(boolean newActive) {
        if (newActive != active) {
            this.active = newActive;
            bump();
        }
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = Objects.requireNonNull(hash, "hash");
        bump();
    }

    /** The console's interface language: Arabic or English. */
    public void changeConsoleLanguage(String lang) {
        if (!CONSOLE_LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("console language must be one of " + CONSOLE_LANGUAGES);
        }
        consoleLanguage = lang;
    }

    public void signedIn(OffsetDateTime at) {
        this.lastLoginAt = at;
    }

    private void bump() {
        this.tokenVersion++;
        this.updatedAt = OffsetDateTime.now();
    }

    private static String join(Set<String> roles) {
        if (roles == null || roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("roles: one or more of " + ROLES);
        }
        return String.join(",", ROLES.stream().filter(roles::contains).toList());
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<String> roles() {
        return new LinkedHashSet<>(Arrays.asList(roles.split(",")));
    }

    public boolean active() {
        return active;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public int tokenVersion() {
        return tokenVersion;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String consoleLanguage() {
        return consoleLanguage;
    }

    public OffsetDateTime lastLoginAt() {
        return lastLoginAt;
    }
}
