package org.nura.admin.handoff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nura.admin.platform.ConsoleSession;
import org.nura.admin.platform.Notices;
import org.nura.handoff.boundary.AttachmentView;
import org.nura.handoff.boundary.Attachments;
import org.nura.platform.control.NuraException;
import org.primefaces.model.file.UploadedFile;

/**
 * The files of the chat on screen (issue 20): each attachment message shows its image or a link to its PDF, and the
 * holding agent sends a file. Request-scoped on purpose: the signed links are minted for every rendering, so a page
 * refreshed live or reloaded never shows an expired one. The chat itself ({@link ChatView}) says which session.
 */
@Named
@RequestScoped
public class ChatFilesView {

    @Inject
    ChatView chat;

    @Inject
    Attachments attachments;

    @Inject
    ConsoleSession session;

    private UploadedFile file;
    private Map<String, AttachmentView> byMessage;

    /** The attachment a message of the transcript carries, or null for a message of text. */
    public AttachmentView of(String messageId) {
        if (byMessage == null) {
            byMessage = chat.isFound() ? attachments.forStaff(chat.getSessionId()).stream()
                    .collect(Collectors.toMap(AttachmentView::messageId, Function.identity(), (a, b) -> a)) : Map.of();
        }
        return messageId == null ? null : byMessage.get(messageId);
    }

    /** Sends the chosen file to the customer; a refusal (type, size, not your chat) is shown in its own words. */
    public void send() {
        if (file == null || file.getSize() == 0) {
            Notices.error("hmsg", "chat.file.none");
            return;
        }
        try {
            attachments.fromAgent(chat.getSessionId(), file.getFileName(), file.getContent(), session.caller());
            Notices.info("hmsg", "chat.file.sent", file.getFileName());
        } catch (NuraException e) {
            Notices.refused(e);
        } finally {
            file = null;
            byMessage = null;
            chat.refresh();
        }
    }

    public int getMaxBytes() {
        return attachments.maxBytes();
    }

    public String getMaxSize() {
        return format(attachments.maxBytes());
    }

    /** 1.5 MB, 35 KB: a file size for people. */
    public String size(long bytes) {
        return format(bytes);
    }

    static String format(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0))
                : Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
