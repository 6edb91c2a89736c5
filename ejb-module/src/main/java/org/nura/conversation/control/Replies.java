package org.nura.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The assistant's fixed sentences in Arabic, Kurmanji, English and Sorani. */
@ApplicationScoped
public class Replies {

    /** Which fixed sentence. */
    public enum Kind { GREETING, THANKS, HANDOFF, WITH_AGENT, DECLINE, FALLBACK, FROM_HANDBOOK }

    private static final Map<Kind, Map<String, String>> TEXTS = Map.of(
            Kind.GREETING, Map.of(
                    "ar", "أهلاً وسهلاً! كيف يمكنني مساعدتك اليوم؟",
                    "ku", "Silav! Ez îro çawa dikarim alîkariya te bikim?",
                    "en", "Hello! How can I help you today?",
                    "ckb", "سڵاو! ئەمڕۆ چۆن دەتوانم یارمەتیت بدەم؟"),
            Kind.THANKS, Map.of(
                    "ar", "على الرحب والسعة! هل هناك شيء آخر يمكنني مساعدتك به؟",
                    "ku", "Ser çavan! Tiştekî din heye ku ez dikarim alîkariya te bikim?",
                    "en", "You're welcome! Is there anything else I can help you with?",
                    "ckb", "شایەنی نییە! شتێکی تر هەیە یارمەتیت بدەم تێیدا؟"),
            Kind.HANDOFF, Map.of(
                    "ar", "سأحولك الآن إلى أحد موظفي خدمة العملاء. يرجى الانتظار قليلاً، سيرد عليك أول موظف متاح.",
                    "ku", "Ez niha te derbasî karmendekî xizmeta xerîdaran dikim. Ji kerema xwe hinekî li bendê be.",
                    "en", "I'm connecting you to a customer service agent now. Please wait a moment; the first "
                            + "available agent will reply.",
                    "ckb", "ئێستا دەتگەیەنم بە کارمەندێکی خزمەتگوزاری کڕیاران. تکایە کەمێک چاوەڕێ بکە؛ یەکەم "
                            + "کارمەندی بەردەست وەڵامت دەداتەوە."),
            Kind.WITH_AGENT, Map.of(
                    "ar", "تم إرسال رسالتك إلى موظف خدمة العملاء.",
                    "ku", "Peyama te ji karmendê xizmeta xerîdaran re hate şandin.",
                    "en", "Your message has been passed to the customer service agent.",
                    "ckb", "نامەکەت گەیەندرا بە کارمەندی خزمەتگوزاری کڕیاران."),
            Kind.DECLINE, Map.of(
                    "ar", "عذراً، هذا السؤال خارج نطاق ما يمكنني المساعدة به. يسعدني مساعدتك في خدمات الاتصالات "
                            + "والإنترنت وحسابك لدينا.",
                    "ku", "Bibore, ev pirs ne di nava tiştên ku ez dikarim alîkariyê bikim de ye. Ez dikarim di "
                            + "xizmetên têlefon, înternet û hesabê te de alîkariya te bikim.",
                    "en", "Sorry, that is outside what I can help with. I'm happy to help with our phone and "
                            + "internet services and your account.",
                    "ckb", "ببورە، ئەم پرسیارە لە دەرەوەی ئەو شتانەیە کە دەتوانم یارمەتی تێدا بدەم. بە خۆشحاڵییەوە "
                            + "یارمەتیت دەدەم لە خزمەتگوزارییەکانی مۆبایل و ئینتەرنێت و هەژمارەکەت."),
            Kind.FALLBACK, Map.of(
                    "ar", "عذراً، لم أجد إجابة مؤكدة لسؤالك. يمكنك إعادة صياغة السؤال، أو تصفح قائمة المواضيع، "
                            + "أو طلب التحدث مع أحد موظفي خدمة العملاء.",
                    "ku", "Bibore, min bersiveke piştrast ji pirsa te re nedît. Tu dikarî pirsê bi awayekî din "
                            + "binivîsî, li lîsteya mijaran binêrî, an jî bixwazî bi karmendekî re biaxivî.",
                    "en", "Sorry, I couldn't find a reliable answer to your question. You can rephrase it, browse "
                            + "the topic list, or ask to talk to a customer service agent.",
                    "ckb", "ببورە، وەڵامێکی دڵنیام بۆ پرسیارەکەت نەدۆزییەوە. دەتوانیت بە شێوەیەکی تر بینووسیتەوە، "
                            + "سەیری لیستی بابەتەکان بکەیت، یان داوای قسەکردن لەگەڵ کارمەندێک بکەیت."),
            Kind.FROM_HANDBOOK, Map.of(
                    "ar", "وجدت هذه المعلومات في دليلنا:",
                    "ku", "Min ev agahî di rêbernameya me de dîtin:",
                    "en", "Here is what our handbook says:",
                    "ckb", "ئەمە ئەوەیە کە ڕێبەرەکەمان دەیڵێت:"));

    public String text(Kind kind, String lang) {
        Map<String, String> texts = TEXTS.get(kind);
        return texts.getOrDefault(lang, texts.get("ar"));
    }
}
