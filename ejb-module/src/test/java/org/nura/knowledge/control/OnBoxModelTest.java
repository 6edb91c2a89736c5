package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviour on phrasings that are in neither examples.csv nor the dev set. */
class OnBoxModelTest {

    private static OnBoxModel model;

    @BeforeAll
    static void train() {
        model = OnBoxModel.train(TenantContent.sampleWithExamples());
    }

    @Test
    void offTopicQuestionsAreDeclinedInEveryLanguage() {
        for (String q : List.of("What's the forecast for the weekend in Aleppo?", "who will win the world cup",
                "شو رأيك بالحكومة الجديدة", "Kî di hilbijartinan de bi ser ket?")) {
            Understanding u = model.understand(q, null);
            assertEquals("out_of_scope", u.intent(), q);
            assertEquals("decline", u.action(), q);
            assertEquals(null, u.articleId(), q);
        }
    }

    @Test
    void anotherOperatorOrAProductsPriceIsDeclinedButOurServiceOnADeviceIsAnswered() {
        for (String q : List.of("Syriatel SIM activation steps", "بكم سعر جهاز هواوي الجديد")) {
            assertEquals("out_of_scope", model.understand(q, null).intent(), q);
        }
        assertEquals("apn_settings", model.understand("APN settings for my Samsung Galaxy", null).intent());
    }

    @Test
    void anotherOperatorsPackagesAreDeclinedInEveryLanguageButOursComparedWithThemAreAnswered() {
        for (String q : List.of("Korek internet package price", "شو اسعار باقات ام تي ان", "ئۆفەرەکانی کۆڕەک چین",
                "pakêtên înternetê yên Turkcell")) {
            assertEquals("out_of_scope", model.understand(q, null).intent(), q);
        }
        assertEquals("packages", model.understand("your packages are cheaper than Syriatel's? what are the prices",
                null).intent());
    }

    @Test
    void ourOwnPackageQuestionsAreNotPulledOutOfScopeByOtherOperatorsPackagePhrasings() {
        // the tenant's examples decline "كورك عدهم عروض انترنت" and "as3ar ba2at MTN shu" for the operator they name
        assertEquals("packages", model.understand("عروض انترنت الشهر", null).intent());
        Understanding u = model.understand("as3ar el ba2at shu", null);
        assertEquals("packages", u.intent());
        assertTrue(u.confidence() >= 0.8, "sure once the other operators' rows no longer compete: " + u.confidence());
    }

    @Test
    void anotherOperatorsCoverageIsDeclinedButOursComparedWithThemIsAnswered() {
        assertEquals("out_of_scope", model.understand("is Asiacell coverage good in Erbil", null).intent());
        assertEquals("coverage", model.understand("i switched from syriatel is your coverage good in tartus", null)
                .intent());
        assertEquals("agent_request", model.understand("can I chat with an operator please", null).intent());
    }

    @Test
    void aSoraniQuestionIsAnsweredWithTheSoraniArticle() {
        Understanding u = model.understand("چۆن APN ڕێکبخەم بۆ هێڵی Rcell", null);
        assertEquals("apn_settings", u.intent());
        assertEquals("ڕێکخستنەکانی APN", u.passages().get(0).title());
    }

    @Test
    void aQuestionInsideAStoryIsFound() {
        Understanding u = model.understand("Good evening. My family visited us this weekend and we talked a lot. "
                + "Anyway, how do I set up the APN on my phone? Thank you!", null);
        assertEquals("apn_settings", u.intent());
    }

    @Test
    void askingForAPersonIsHandedOff() {
        Understanding u = model.understand("بدي موظف", null);
        assertEquals("agent_request", u.intent());
        assertEquals("handoff", u.action());
    }

    @Test
    void anAnswerNamesTheArticleAndShowsItInTheReadersLanguage() {
        Understanding u = model.understand("APN settings please", "en");
        assertEquals("apn_settings", u.intent());
        assertEquals(21, u.articleId());
        assertTrue(u.confidence() > 0.5 && u.confidence() <= 1.0, "confidence " + u.confidence());
        assertEquals("APN settings", u.passages().get(0).title());
    }

    @Test
    void keyboardNoiseIsUnknownNotAnIntent() {
        for (String q : List.of("qwzx", "xyzzy plugh", "asdfgh jkl")) {
            Understanding u = model.understand(q, null);
            assertEquals(Understanding.UNKNOWN, u.intent(), "'" + q + "'");
        }
    }

    @Test
    void threateningToComplainIsAComplaintHandedOffNeverDeclined() {
        for (String q : List.of("I am going to complain about you", "i will report you", "رح اشتكي عليكن")) {
            Understanding u = model.understand(q, null);
            assertEquals("complaint", u.intent(), q);
            assertEquals("handoff", u.action(), q);
        }
    }

    @Test
    void messagesWithNothingToGoOnAreUnknown() {
        for (String q : List.of("", "!!!", "   ")) {
            Understanding u = model.understand(q, null);
            assertEquals(Understanding.UNKNOWN, u.intent(), "'" + q + "'");
            assertEquals(0.0, u.confidence());
        }
    }

    @Test
    void handbookSearchFindsTheMatchingSection() {
        List<Understanding.Passage> passages = model.searchHandbook("ما هي نصوص المحادثة لإعادة تعيين كلمة المرور", 3);
        assertEquals(3, passages.size());
        assertTrue(passages.get(0).title().endsWith("إعادة تعيين كلمة المرور"), passages.get(0).title());
        assertTrue(passages.get(0).score() >= passages.get(1).score());
        assertFalse(model.searchHandbook("Demjimêrên kar", 2).isEmpty());
    }

    @Test
    void concurrentCallersSeeTheSameAnswers() throws Exception {
        String q = "el net kteer ta2eel el yom";
        Understanding expected = model.understand(q, null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Understanding>> results = pool.invokeAll(java.util.Collections.nCopies(50, () -> model.understand(q, null)));
            for (Future<Understanding> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
