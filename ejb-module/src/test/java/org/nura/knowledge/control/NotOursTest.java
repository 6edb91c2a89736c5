package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NotOursTest {

    private static boolean notOurs(String message) {
        return NotOurs.asked(Lexicon.concepts(message));
    }

    @Test
    void anotherOperatorWithWhatEveryOperatorSellsIsNotOurs() {
        assertTrue(notOurs("what does Syriatel charge for 10gb"));
        assertTrue(notOurs("what are Vodafone's 5G plans"));
        assertTrue(notOurs("how do I recharge my MTN line"));
    }

    @Test
    void anotherOperatorBesideOurOwnSupportMattersIsOurs() {
        assertFalse(notOurs("i switched from syriatel is your coverage good in tartus"));
        assertFalse(notOurs("i moved from mtn to you and i want to complain"));
    }

    @Test
    void anotherOperatorNamedInAMessageSaidToUsIsAComparison() {
        assertFalse(notOurs("your packages are cheaper than Syriatel's? what are the prices"));
        assertFalse(notOurs("شو اسعار الباقات عندكم مقارنة بسيريتل"));
        assertTrue(notOurs("what are Zain's package prices"), "zain as a whole word");
        assertFalse(Lexicon.concepts("how much is your 10gb package").contains("addressed"), "no concept of its own");
    }

    @Test
    void anotherOperatorsCoverageIsTheirsUnlessTheMessageIsSaidToUs() {
        assertTrue(notOurs("is Asiacell coverage good in Erbil"));
        assertFalse(notOurs("i switched from syriatel is your coverage good in tartus"));
    }

    @Test
    void soraniConceptStemsAreNotReadIntoArabicWords() {
        assertFalse(Lexicon.concepts("هل يمكن الدفع عن طريق البنك").contains("center"), "بنکە's stem is the Arabic 'bank'");
        assertTrue(Lexicon.concepts("بنکەکەتان لە کوێیە").contains("center"));
    }

    @Test
    void soraniConceptWordsAreFoundWithTheirEndings() {
        assertTrue(Lexicon.concepts("هێڵ لە ناوچەکەم زۆر لاوازە").contains("coverage"), "ناوچە + -ەکەم, لاواز + -ە");
        assertTrue(Lexicon.concepts("دەمەوێت سکاڵایەک بنووسم").contains("complaint"), "سکاڵا + -یەک");
        assertTrue(Lexicon.concepts("بێ باڵانس دەتوانم پەیوەندی بکەم").contains("free"));
        assertTrue(Lexicon.concepts("پاکێجەکەم تەواو بوو").contains("drains"));
        assertFalse(Lexicon.concepts("ناوی ئەپەکە چییە").contains("coverage"));
    }

    @Test
    void aDevicesPriceIsNotOursUnlessOneOfOurServicesIsPricedWithIt() {
        assertTrue(notOurs("how much is the iphone 15 pro"));
        assertFalse(notOurs("price of the internet bundle for my ipad"));
        assertFalse(notOurs("apn settings for my iphone"), "a device named alone is no evidence");
    }

    @Test
    void oursDropsOnlyTheNotOursConcepts() {
        assertEquals(Set.of("coverage"), NotOurs.ours(Set.of("coverage", NotOurs.OTHER_OPERATOR)));
    }
}
