-- The tenant's knowledge as data: help articles with their texts per language, the guided topic tree,
-- the intent taxonomy and the handbook documents retrieval is built from. Loaded from the shipped sample
-- tenant on first start; the console edits these rows later, and the on-box model is retrained from them.

CREATE TABLE articles (
    id          INTEGER      PRIMARY KEY,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE article_texts (
    article_id  INTEGER      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    lang        VARCHAR(8)   NOT NULL,
    title       TEXT         NOT NULL,
    body        TEXT         NOT NULL,
    PRIMARY KEY (article_id, lang)
);

-- parent_id NULL marks the root; position orders siblings.
CREATE TABLE topic_nodes (
    id          VARCHAR(64)  PRIMARY KEY,
    parent_id   VARCHAR(64)  REFERENCES topic_nodes (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL DEFAULT 0,
    article_id  INTEGER      REFERENCES articles (id) ON DELETE SET NULL
);
CREATE INDEX topic_nodes_parent_idx ON topic_nodes (parent_id, position);

CREATE TABLE topic_labels (
    topic_id    VARCHAR(64)  NOT NULL REFERENCES topic_nodes (id) ON DELETE CASCADE,
    lang        VARCHAR(8)   NOT NULL,
    label       TEXT         NOT NULL,
    PRIMARY KEY (topic_id, lang)
);

CREATE TABLE intents (
    id          VARCHAR(64)  PRIMARY KEY,
    action      VARCHAR(16)  NOT NULL,
    CONSTRAINT intents_action_ck CHECK (action IN ('answer', 'handoff', 'decline'))
);

CREATE TABLE intent_articles (
    intent_id   VARCHAR(64)  NOT NULL REFERENCES intents (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    article_id  INTEGER      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (intent_id, position)
);

-- Example phrasings of each intent (lang may name a variety: ar-lev, ar-latn ...); the model learns from them.
CREATE TABLE intent_examples (
    id          BIGSERIAL    PRIMARY KEY,
    intent_id   VARCHAR(64)  NOT NULL REFERENCES intents (id) ON DELETE CASCADE,
    lang        VARCHAR(16),
    text        TEXT         NOT NULL
);
CREATE INDEX intent_examples_intent_idx ON intent_examples (intent_id);

-- Handbook documents as text (Markdown); the retrieval index is built from their chunks.
CREATE TABLE knowledge_documents (
    document_id VARCHAR(128) PRIMARY KEY,
    filename    TEXT         NOT NULL,
    lang        VARCHAR(8),
    content     TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
