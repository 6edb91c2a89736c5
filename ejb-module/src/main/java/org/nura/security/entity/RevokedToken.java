package org.nura.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A token its holder ended by signing out; kept until it would have expired anyway. */
@Entity
@Table(name = "revoked_tokens")
@NamedQuery(name = "RevokedToken.expired", query = "DELETE FROM RevokedToken t WHERE t.expiresAt < :now")
public class RevokedToken {

    @Id
    @Column(name = "token_id")
    private String tokenId;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected RevokedToken() {
    }

    public RevokedToken(String tokenId, OffsetDateTime expiresAt) {
        this.tokenId = tokenId;
        this.expiresAt = expiresAt;
    }
}
