package org.nura.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A runtime setting shared by all nodes (e.g. the AI switch); a row overrides the configured default. */
@Entity
@Table(name = "settings")
public class Setting {

    @Id
    private String key;

    @Column(nullable = false)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Setting() {
    }

    public Setting(String key, String value) {
        if (key == null || key.isBlank() || key.length() > 64 || value == null) {
            throw new IllegalArgumentException("a setting has a key of at most 64 characters and a value");
        }
        this.key = key;
        this.value = value;
        this.updatedAt = OffsetDateTime.now();
    }

    public void change(String newValue) {
        this.value = newValue;
        this.updatedAt = OffsetDateTime.now();
    }

    public String value() {
        return value;
    }
}
