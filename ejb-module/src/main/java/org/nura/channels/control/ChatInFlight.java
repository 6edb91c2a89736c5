package org.nura.channels.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.nura.channels.entity.TelegramChat;

/**
 * The chat whose update this thread is handling, and what the handoff side said to it meanwhile. The handoff's
 * events fire synchronously inside the update's own calls, sometimes for a session the chat row does not name yet
 * (the first message or button of a chat creates it); they are collected here and leave in the update's job,
 * after its own answer, so the chat reads them in order.
 */
@ApplicationScoped
public class ChatInFlight {

    private final ThreadLocal<InFlight> current = new ThreadLocal<>();

    private record InFlight(TelegramChat chat, List<TelegramCall> said) {
    }

    /** Runs {@code work} for {@code chat}; returns its calls followed by what the handoff side said. */
    public List<TelegramCall> handle(TelegramChat chat, Supplier<List<TelegramCall>> work) {
        InFlight inFlight = new InFlight(chat, new ArrayList<>());
        current.set(inFlight);
        try {
            List<TelegramCall> calls = new ArrayList<>(work.get());
            calls.addAll(inFlight.said());
            return calls;
        } finally {
            current.remove();
        }
    }

    /**
     * Takes calls for the chat in flight when the session is its session — or is new, which in this thread can only
     * be the one just created for it; false when no chat of this thread owns the session.
     */
    public boolean offer(String sessionId, List<TelegramCall> calls) {
        InFlight inFlight = current.get();
        if (inFlight == null || inFlight.chat().sessionId() != null && !inFlight.chat().sessionId().equals(sessionId)) {
            return false;
        }
        inFlight.said().addAll(calls);
        return true;
    }

    /** The chat in flight on this thread, if any. */
    public TelegramChat chat() {
        InFlight inFlight = current.get();
        return inFlight == null ? null : inFlight.chat();
    }
}
