package org.nura.channels.control;

import java.util.Map;
import org.nura.knowledge.control.Languages;

/** What the bot itself says on Telegram (buttons, status lines), in the four languages; Arabic when unknown. */
public final class Phrases {

    public enum Key { MENU, BACK, PERSON, WAITING, JOINED, RESOLVED, RATE, RATED, TOO_LONG, SOURCE, CONFIDENCE }

    private static final Map<Key, Map<String, String>> TEXTS = Map.ofEntries(
            Map.entry(Key.MENU, Map.of("ar", "اختر موضوعاً:", "en", "Choose a topic:",
                    "ku", "Mijarekê hilbijêre:", "ckb", "بابەتێک هەڵبژێرە:")),
            Map.entry(Key.BACK, Map.of("ar", "« رجوع", "en", "« Back", "ku", "« Vegere", "ckb", "« گەڕانەوە")),
            Map.entry(Key.PERSON, Map.of("ar", "التحدث مع موظف", "en", "Talk to a person",
                    "ku", "Bi kesekî re biaxive", "ckb", "قسە لەگەڵ کەسێک")),
            Map.entry(Key.WAITING, Map.of("ar", "تم تحويلك إلى موظف، سيرد عليك قريباً.",
                    "en", "You are in the queue for a person; someone will answer shortly.",
                    "ku", "Tu di rêza kesekî de yî; dê di demek nêzîk de bersiv bide.",
                    "ckb", "لە ڕیزی چاوەڕوانیدایت؛ بەم زووانە کەسێک وەڵامت دەداتەوە.")),
            Map.entry(Key.JOINED, Map.of("ar", "انضم %s إلى المحادثة.", "en", "%s joined the conversation.",
                    "ku", "%s beşdarî axaftinê bû.", "ckb", "%s بەشداری گفتوگۆکە بوو.")),
            Map.entry(Key.RESOLVED, Map.of("ar", "انتهت المحادثة. كيف تقيّم الخدمة؟ (1–5)",
                    "en", "The conversation is closed. How would you rate it? (1–5)",
                    "ku", "Axaftin qediya. Tu çawa dinirxînî? (1–5)",
                    "ckb", "گفتوگۆکە کۆتایی هات. چۆن هەڵیدەسەنگێنیت؟ (1–5)")),
            Map.entry(Key.RATE, Map.of("ar", "قيّم", "en", "Rate", "ku", "Binirxîne", "ckb", "هەڵسەنگاندن")),
            Map.entry(Key.RATED, Map.of("ar", "شكراً لتقييمك.", "en", "Thank you for your rating.",
                    "ku", "Spas ji bo nirxandina te.", "ckb", "سوپاس بۆ هەڵسەنگاندنەکەت.")),
            Map.entry(Key.TOO_LONG, Map.of("ar", "الرسالة طويلة جداً (الحد %d حرفاً).",
                    "en", "That message is too long (at most %d characters).",
                    "ku", "Peyam pir dirêj e (herî zêde %d tîp).", "ckb", "نامەکە زۆر درێژە (زۆرترین %d پیت).")),
            Map.entry(Key.SOURCE, Map.of("ar", "المصدر", "en", "Source", "ku", "Çavkanî", "ckb", "سەرچاوە")),
            Map.entry(Key.CONFIDENCE, Map.of("ar", "الثقة", "en", "confidence", "ku", "bawerî", "ckb", "متمانە")));

    private Phrases() {
    }

    public static String of(Key key, String lang) {
        Map<String, String> texts = TEXTS.get(key);
        return texts.getOrDefault(Languages.supported(lang) ? lang : Languages.ARABIC, texts.get(Languages.ARABIC));
    }
}
