package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabiziBridgeTest {

    private final ArabiziBridge bridge = new ArabiziBridge(List.of("النت بطيء كتير اليوم", "النت بطيء من الصبح",
            "بطاقة الشحن انمسحت", "رصيدي عم يخلص بسرعة", "شوكت تفتحون وشوكت تسدون", "بدي خط نت للمحل"));

    @Test
    void arabiziWordsAreReadAsTheArabicWordsOfTheirSkeleton() {
        String read = bridge.withArabic("el net ba6ee2 ktiiir w el rased 3am yo5los");
        assertTrue(read.startsWith("el net ba6ee2 ktiiir w el rased 3am yo5los\n"), read);
        assertTrue(read.contains("بطيء") && read.contains("كتير") && read.contains("رصيد") && read.contains("يخلص"), read);
    }

    @Test
    void ofWordsWithOneSkeletonTheWrittenVowelsChoose() {
        // بطيء and بطاقه share the skeleton "bt"; "ba6ee2" writes the long i of بطيء
        String read = bridge.withArabic("el net ba6ee2");
        assertTrue(read.contains("بطيء"), read);
        assertFalse(read.contains("بطاق"), read);
    }

    @Test
    void attachedParticlesAndStemmedEndingsAreTriedToo() {
        assertTrue(bridge.withArabic("shwakt tsiddoon ya3ni").contains("تسد"), "-oon is the stemmer's -ون");
        assertTrue(bridge.withArabic("bde khat net lma7al").contains("محل"), "l- attached to ma7al");
    }

    @Test
    void otherTextIsLeftAsItIs() {
        assertEquals("my internet is slow", bridge.withArabic("my internet is slow"));
        assertEquals("النت بطيء", bridge.withArabic("النت بطيء"));
        assertEquals("ya3ni xyzq", bridge.withArabic("ya3ni xyzq"), "nothing the texts know: no reading");
    }

    @Test
    void vowelDistanceChargesShortVowelsLess() {
        assertEquals(0, ArabiziBridge.distance("bati", "bati"));
        assertTrue(ArabiziBridge.distance("xat", "xt") < ArabiziBridge.distance("xt", "xat"),
                "a written short vowel costs less than a missing long one");
    }
}
