package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The answer follows the message when it says enough; a short or ambiguous one keeps the customer's interface language. */
class ReplyLanguageTest {

    @ParameterizedTest(name = "{1} on the {0} page -> {2}")
    @CsvSource(delimiter = '|', value = {
        "ar|hello, is 5G available?|en",
        "ar|How do I set up the APN on my phone?|en",
        "ar|ok|ar",
        "ar|5G|ar",
        "ar|eSIM|ar",
        "ar|👍|ar",
        "ar|hello|ar",
        "ar|shu el 7al ya 3am|ar",
        "ar|Çawa ez dikarim pakêtê çalak bikim?|ku",
        "ar|ما هي الباقات المتاحة؟|ar",
        "en|ما هي الباقات المتاحة؟|ar",
        "en|مرحبا|en",
        "en|نت 4G|en",
        "en|ok thanks|en",
        "ku|ok|ku",
        "ku|what is the price of the package?|en",
        "ku|Sim karta min|ku",
        "ckb|ئینتەرنێتەکەم خاوە|ckb",
        "ckb|باقة نت|ckb",
        "ckb|ما هي الباقات المتاحة؟|ar",
        "ar|ئینتەرنێتەکەم زۆر خاوە|ckb",
        "xx|hello there friend|en",
        "xx|123|ar"})
    void followsTheMessageUnlessItIsTooShortToTell(String hint, String message, String expected) {
        assertEquals(expected, ReplyLanguage.of(message, hint));
    }
}
