-- The console's interface language each user picked; new users start in Arabic (the product is Arabic-first).
ALTER TABLE users ADD COLUMN console_lang VARCHAR(2) NOT NULL DEFAULT 'ar';
ALTER TABLE users ADD CONSTRAINT users_console_lang_ck CHECK (console_lang IN ('ar', 'en'));
