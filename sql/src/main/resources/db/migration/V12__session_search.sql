-- Session search (GET /v1/sessions): supervisors find a conversation by a word of it, in Arabic, Kurmanji, Sorani or
-- English, however the customer spelled it, and narrow it by status, channel, agent, customer and time.
--
-- nura_fold is the SQL twin of the Java TextFolding.fold (knowledge component): lower case, canonical decomposition,
-- combining marks dropped (hamza seats, harakat, Latin accents), then the same letter folds (ta marbuta, alef
-- maqsura, Persian/Kurdish letters, Sorani letters as typed on an Arabic keyboard, dotless i, tatweel dropped) and
-- Arabic-Indic/Persian digits as ASCII. The search folds the query with TextFolding and the text with this
-- function, so both must stay the same fold (SessionSearchIT checks them against each other).
CREATE FUNCTION nura_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN translate(
    regexp_replace(normalize(lower(t), NFD),
        '[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u08d3-\u08ff\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+',
        '', 'g'),
    'ٱةىکیەھہێۆڕڵڤپچژگı٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ـ',
    'اهيكيهههيورلفبجزكi01234567890123456789');

-- What people wrote (customers and agents), folded once when the row is written. The bot's answers are the
-- tenant's articles: searching them would find every conversation about a topic, not the one a supervisor looks
-- for. Stored, so that a trigram index hit is rechecked against the column, not by folding the text again
-- (measured on 1M messages: 2.3 s for a common word when the fold ran per candidate row, 2–8 ms stored).
ALTER TABLE conversation_logs ADD COLUMN search_text TEXT GENERATED ALWAYS AS (
    CASE WHEN role IN ('customer', 'agent') THEN nura_fold(coalesce(customer_message, response)) END) STORED;

-- Trigrams, not full-text lexemes: Arabic writes the article and prepositions onto the word (الانترنت, بالانترنت),
-- Kurmanji adds case endings (înternetê), customers search phone and ticket numbers; a substring match finds all of
-- them, PostgreSQL's 'simple' full-text words do not (BENCHMARKS.md, issue #14: 4,630 vs 21,548 sessions for انترنت).
-- pg_trgm is a trusted extension: the owner of the database may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX conversation_logs_search_trgm_idx ON conversation_logs USING gin (search_text gin_trgm_ops)
    WHERE search_text IS NOT NULL;

-- Every filter with the page order (newest session first, its id breaking ties), so that a page is read in order.
CREATE INDEX sessions_created_id_idx ON sessions (created_at, session_id);
CREATE INDEX sessions_status_created_idx ON sessions (status, created_at, session_id);
CREATE INDEX sessions_channel_created_idx ON sessions (channel, created_at, session_id);
CREATE INDEX sessions_agent_created_idx ON sessions (assigned_agent, created_at, session_id);
CREATE INDEX sessions_customer_created_idx ON sessions (customer_id, created_at, session_id);
