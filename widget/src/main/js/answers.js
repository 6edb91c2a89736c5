/** The server's answers as transcript entries: POST /v1/message's Reply and GET /v1/articles/{id}'s ArticleView. */

/**
 * A transcript entry: k is who speaks (me, bot, agent, sys); t the text, ti a title, src the answer source,
 * conf its confidence, mid the message id feedback refers to, aid the article, cites the citations, r the rating.
 */

/** The answer to a customer message, in the language it was given in; a session a human holds answers with source "agent". */
export function replyEntry(reply) {
  return {
    k: 'bot', t: reply.response, src: reply.source, conf: reply.confidence, mid: reply.message_id,
    aid: reply.article_id, cites: reply.citations, lang: reply.lang
  };
}

/** An article opened from the topic tree or a citation; it has no message id, so it cannot be rated on the server. */
export function articleEntry(article) {
  return {
    k: 'bot', ti: article.title, t: article.body, src: 'tree', aid: article.id, lang: article.lang,
    cites: [{ type: 'article', id: String(article.id), title: article.title }]
  };
}

/** The customer's own words (typed, or a topic chosen). */
export const customerEntry = (text) => ({ k: 'me', t: text });

/** A line of the widget's own, stored as its text key so it follows a language switch. */
export const noticeEntry = (key) => ({ k: 'sys', key });
