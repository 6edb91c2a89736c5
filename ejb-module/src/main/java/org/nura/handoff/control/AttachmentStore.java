package org.nura.handoff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nura.handoff.entity.Attachment;
import org.nura.handoff.entity.AttachmentContent;

/**
 * Where attachment bytes live: a bytea row in PostgreSQL (the default, backed up with everything else), or a file
 * named by the attachment id in ATTACHMENTS_DIR (a directory every node shares). The row always says which.
 */
@ApplicationScoped
public class AttachmentStore {

    private static final Logger LOG = Logger.getLogger(AttachmentStore.class.getName());

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    AttachmentSettings settings;

    /** Where a new attachment goes under the current settings. */
    public String target() {
        return settings.directory().isPresent() ? Attachment.IN_DIRECTORY : Attachment.IN_DATABASE;
    }

    /**
     * Stores the bytes of a persisted attachment in the caller's transaction; a file is written first to a temporary
     * name and moved into place, so a reader never sees half of it.
     */
    public void save(Attachment attachment, byte[] bytes) {
        if (Attachment.IN_DATABASE.equals(attachment.storedIn())) {
            em.persist(new AttachmentContent(attachment, bytes));
            return;
        }
        Path dir = settings.directory().orElseThrow(() -> new IllegalStateException("ATTACHMENTS_DIR is not set"));
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".upload-", ".part");
            Files.write(temp, bytes);
            Files.move(temp, file(dir, attachment.id()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store attachment " + attachment.id() + " in " + dir, e);
        }
    }

    /** The bytes of an attachment, or empty when they are gone (erased, or the directory was changed). */
    public Optional<byte[]> read(Attachment attachment) {
        if (Attachment.IN_DATABASE.equals(attachment.storedIn())) {
            return Optional.ofNullable(em.find(AttachmentContent.class, attachment.id())).map(AttachmentContent::content);
        }
        Optional<Path> dir = settings.directory();
        if (dir.isEmpty() || !Files.isRegularFile(file(dir.get(), attachment.id()))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file(dir.get(), attachment.id())));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read attachment " + attachment.id(), e);
        }
    }

    /**
     * Deletes the files of these sessions' attachments (the rows and database bytes go with the privacy component's
     * erasure, which calls this first); returns how many files were deleted.
     */
    public int forgetFiles(List<String> sessionIds) {
        Optional<Path> dir = settings.directory();
        if (dir.isEmpty() || sessionIds.isEmpty()) {
            return 0;
        }
        List<String> ids = em.createNamedQuery("Attachment.storedInDirForSessions", String.class)
                .setParameter("sessions", sessionIds).getResultList();
        int deleted = 0;
        for (String id : ids) {
            try {
                deleted += Files.deleteIfExists(file(dir.get(), id)) ? 1 : 0;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not delete attachment file " + id, e);
            }
        }
        return deleted;
    }

    /** The file of an attachment; ids are UUIDs we made, so they cannot climb out of the directory. */
    static Path file(Path dir, String id) {
        if (!id.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not an attachment id: " + id);
        }
        return dir.resolve(id + ".bin");
    }
}
