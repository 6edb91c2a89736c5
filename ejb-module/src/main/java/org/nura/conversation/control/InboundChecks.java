package org.nura.conversation.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.nura.knowledge.control.Languages;
import org.nura.platform.control.NuraConfig;
import org.nura.platform.control.NuraException;
import org.nura.sessions.entity.Session;

/** Refuses malformed customer input before anything is read or stored, each with its own error code. */
@ApplicationScoped
public class InboundChecks {

    @Inject
    NuraConfig config;

    /** MAX_MESSAGE_CHARS; the default stands where no container configures the bean (unit tests). */
    int maxMessageChars = NuraConfig.DEFAULT_MAX_MESSAGE_CHARS;

    @PostConstruct
    void configure() {
        maxMessageChars = config.maxMessageChars();
    }

    /** The message without surrounding white space; refuses empty and over-long messages. */
    public String message(String message) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            throw NuraException.invalid("empty_message", "message must not be empty");
        }
        if (text.codePointCount(0, text.length()) > maxMessageChars) { // refused before any analysis
            throw new NuraException(NuraException.Kind.TOO_LARGE, "message_too_long",
                    "message must be at most " + maxMessageChars + " characters");
        }
        return text;
    }

    /** The channel, "web" when none is named. */
    public String channel(String channel) {
        String value = channel == null || channel.isBlank() ? "web" : channel;
        if (!Session.CHANNELS.contains(value)) {
            throw NuraException.invalid("unknown_channel", "channel must be one of " + Session.CHANNELS);
        }
        return value;
    }

    /** The language the client named, or null to detect it; an unknown code is refused. */
    public String lang(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        return Languages.requireOrDefault(lang);
    }

    public String text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw NuraException.invalid("invalid_" + field, field + " must be at most " + max + " characters");
        }
        return value;
    }
}
