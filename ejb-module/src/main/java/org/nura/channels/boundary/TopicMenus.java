package org.nura.channels.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.nura.channels.control.Screens;
import org.nura.channels.control.TelegramCall;
import org.nura.channels.entity.TelegramChat;
import org.nura.knowledge.boundary.Articles;
import org.nura.knowledge.boundary.TopicView;
import org.nura.knowledge.boundary.Topics;
import org.nura.knowledge.control.ArticleView;

/**
 * The guided topic tree as Telegram inline keyboards: a branch replaces the menu message's text and buttons (the
 * chat keeps one menu, "back" climbs), a leaf sends its article as an answer.
 */
@Stateless
public class TopicMenus {

    @Inject
    Topics topics;

    @Inject
    Articles articles;

    /** The tree's first level, as a new message. */
    public TelegramCall root(long chatId, String lang) {
        TopicView root = topics.tree(lang);
        return Screens.menu(chatId, null, level(root, null), lang);
    }

    /** What pressing node {@code nodeId} shows; an unknown node (the tree changed since) shows the root again. */
    public List<TelegramCall> open(TelegramChat chat, String nodeId, Integer menuMessageId) {
        TopicView root = topics.tree(chat.lang());
        TopicView[] found = find(root, null, nodeId);
        if (found == null) {
            return List.of(Screens.menu(chat.chatId(), menuMessageId, level(root, null), chat.lang()));
        }
        TopicView node = found[0];
        if (!node.children().isEmpty() || node.articleId() == null) {
            String parent = found[1] == null ? null : found[1].id();
            return List.of(Screens.menu(chat.chatId(), menuMessageId, level(node, parent), chat.lang()));
        }
        ArticleView article = articles.find(node.articleId(), chat.lang());
        return Screens.answer(chat.chatId(), article.title() + "\n\n" + article.body(), "article " + article.id(),
                null, true, chat.lang());
    }

    private static Screens.MenuLevel level(TopicView node, String parentId) {
        return new Screens.MenuLevel(node.id(), node.label(), parentId, node.children().stream()
                .map(c -> new Screens.MenuLevel.Child(c.id(), c.label())).toList());
    }

    /** The node and its parent, or null. */
    private static TopicView[] find(TopicView node, TopicView parent, String id) {
        if (node.id().equals(id)) {
            return new TopicView[] {node, parent};
        }
        for (TopicView child : node.children()) {
            TopicView[] found = find(child, node, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
