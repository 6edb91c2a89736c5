package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nura.platform.control.NuraException;

class ArticleDraftsTest {

    @Test
    void keepsLanguagesWithTitleAndBodyAndDropsBlankOnes() {
        Map<String, String[]> texts = ArticleDrafts.check(
                Map.of("ar", "  باقات الإنترنت ", "en", "", "ku", " "),
                Map.of("ar", "اختر الباقة من التطبيق.", "en", "  ", "ku", ""));
        assertEquals(1, texts.size());
        assertArrayEquals(new String[] {"باقات الإنترنت", "اختر الباقة من التطبيق."}, texts.get("ar"));
    }

    @Test
    void keepsSoraniToo() {
        assertEquals(2, ArticleDrafts.check(Map.of("ckb", "ناونیشان", "en", "Title"),
                Map.of("ckb", "دەق", "en", "Body")).size());
    }

    @Test
    void refusesAnEmptyArticle() {
        NuraException e = assertThrows(NuraException.class, () -> ArticleDrafts.check(Map.of("ar", " "), Map.of()));
        assertEquals("article_empty", e.code());
        assertEquals("article_empty", assertThrows(NuraException.class,
                () -> ArticleDrafts.check(null, null)).code());
    }

    @Test
    void refusesHalfALanguage() {
        assertEquals("article_text_incomplete", assertThrows(NuraException.class,
                () -> ArticleDrafts.check(Map.of("en", "Title only"), Map.of("en", ""))).code());
    }

    @Test
    void refusesAnUnknownLanguageAndOverlongText() {
        assertEquals("unknown_lang", assertThrows(NuraException.class,
                () -> ArticleDrafts.check(Map.of("fr", "Titre"), Map.of("fr", "Texte"))).code());
        Map<String, String> bodies = new HashMap<>();
        bodies.put("en", "x".repeat(ArticleDrafts.MAX_BODY + 1));
        assertEquals("article_text_too_long", assertThrows(NuraException.class,
                () -> ArticleDrafts.check(Map.of("en", "Title"), bodies)).code());
    }
}
