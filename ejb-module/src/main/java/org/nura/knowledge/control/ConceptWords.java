package org.nura.knowledge.control;

import java.util.List;
import java.util.Map;

/**
 * The words of the concept {@link Lexicon}: per concept, how customers write it in Arabic script (MSA and dialect),
 * Sorani, Arabizi, Kurmanji and English, plus the tenant's own lists of what it does not sell
 * ({@code tenant/not-ours.json}). Written by the NURA team from the tenant's articles and intent meanings (not from
 * any labelled question set). Kept apart from the matching so that adding words never touches how they match.
 *
 * <p>Pattern forms (see {@link Lexicon}): a Latin pattern is a word prefix unless it ends in {@code $} (whole word);
 * an Arabic-script pattern is a whole word after clitics or Sorani endings; a pattern with a space is a phrase whose
 * last word is a prefix.
 */
final class ConceptWords {

    static final Map<String, List<String>> CONCEPTS = Map.ofEntries(
            Map.entry("apn", List.of("apn", "خاڵی دەستگەیشتن", "access point", "نقطه الوصول", "نقطه وصول", "اي بي ان")),
            Map.entry("pin", List.of("ramz", "کۆدی پین", "pin$", "pincode", "pin code", "بن كود", "بين كود", "رمز سري", "الرمز السري",
                    "رقم سري", "الرقم السري", "koda pin")),
            Map.entry("puk", List.of("پووک", "puk", "بي يو كي")),
            Map.entry("lock", List.of("msakar", "m2fal", "n2afal", "2afal", "maqful", "قوفڵ", "لۆک", "بلۆک", "locked", "lock$", "kilit", "kilitk", "girti$", "قفل",
                    "مقفل", "مقفله", "مسكره", "تسكرت", "معطل", "معطله")),
            Map.entry("esim", List.of("shari7a ilektroni", "shari7a elektroni", "دیجیتاڵ", "ئەلیکترۆنی", "ئی سیم", "esim", "ايسيم", "اي سيم", "شريحه رقميه",
                    "الشريحه الرقميه", "virtual sim", "sim dijital",
                    "simkarta dijital", "dijital$")),
            Map.entry("fiveg", List.of("نەوەی پێنجەم", "5g", "5 g", "فايف جي", "جي 5", "5 جي", "نسل 5", "five g")),
            Map.entry("hakki", List.of("حەکی", "هەکی", "hakki", "تطبيق حكي", "حكي app", "hakki app")),
            Map.entry("free", List.of("balash", "bbalash", "majanan", "mjanan", "خۆڕایی", "بێ باڵانس", "بێ ڕەسید", "بدون رصيد", "بەخۆڕایی", "بێبەرامبەر", "فریاکەوتن", "free$", "for free", "belas", "bê pere", "be pere", "مجان", "مجانا", "مجاني",
                    "ببلاش", "بلاش", "emergency", "طوارئ", "الطوارئ",
                    "acil$")),
            Map.entry("selfcare", List.of("self care", "selfcare", "سيلف كير", "سلف كير", "سيلفكير", "الرعايه الذاتيه",
                    "رعايه ذاتيه", "my rcell", "ana platform", "منصه انا")),
            Map.entry("login", List.of("do5ul", "dukhul", "sajel", "tasjil", "لۆگین", "چوونەژوورەوە", "ژوورەوە", "login", "log in", "logging in", "تسجيل الدخول", "تسجيل دخول", "سجل دخول", "اسجل دخول", "بسجل دخول", "تسجيل", "teketin", "ketina")),
            Map.entry("password", List.of("kelmet el ser", "kelmet el sir", "kilmet el ser", "وشەی نهێنی", "وشەی تێپەڕ", "password", "passw", "pass$", "passcode", "كلمه السر", "كلمه المرور",
                    "كلمه سر", "باسورد", "باسوورد", "الباسورد", "الباسوورد", "sifre", "pasword")),
            Map.entry("forgot", List.of("nsit", "nasi$", "nesit", "لەبیر", "بیرم چوو", "بیرم نەماوە", "forgot", "forget", "نسيت", "نسيان", "ji bir", "recover", "استعاده", "استرجاع", "ارجاع")),
            Map.entry("voucher", List.of("voucher", "scratch card", "recharge card", "كرت", "كارت", "بطاقه شحن",
                    "بطاقه الشحن", "karta sarj", "kard$", "kert")),
            Map.entry("recharge", List.of("sha7n", "shahn", "ta3bi2a", "ta3biye", "شەحن", "پڕکردنەوە", "recharge", "refill", "شحن", "تعبئه", "تعبايه", "sarj")),
            Map.entry("scratched", List.of("nma7a", "mam7i", "ma7ke", "7aket", "mamsu7", "خوراو", "سڕاو", "سڕا", "خراشاند", "scratch", "rubbed", "unreadable", "damaged", "محكوك", "محكوكه",
                    "ممسوح", "ممسوحه", "انحك", "تالف", "تالفه", "مخربش", "xerab", "xirabe",
                    "nayê xwendin", "naye xwendin")),
            Map.entry("balance", List.of("rasidi", "باڵانس", "ڕەسید", "balance", "credit$", "رصيد", "رصيدي", "balans", "rased", "raseed", "rasid",
                    "kredi")),
            Map.entry("drains", List.of("نەماوە", "تەواو دەبێت", "تەواو بوو", "yo5los", "yekhlas", "yikhlas", "btekhlas", "btikhlas", "bye5las", "5ales", "khales", "yenta2es", "drain", "finish", "ينتهي", "ينخلص", "يخلص", "تخلص",
                    "بيخلص", "بتخلص", "يخلص بسرعه", "ينتهي بسرعه", "diqede", "zu diqede", "consum", "استهلاك", "يستهلك", "ياكل",
                    "بياكل")),
            Map.entry("package", List.of("ba2at", "3rud", "3orod", "3ard$", "پاکێج", "ئۆفەر", "پاکەیج", "گیگا", "package", "offer",
                    "bundle", "plan$", "plans$", "باقه", "باقات", "بكج",
                    "عرض", "عروض", "paket", "ba2a", "baqa", "gb$", "giga", "جيجا", "غيغا")),
            Map.entry("price", List.of("se3r", "si3r", "as3ar", "adesh", "2adesh", "adish", "bi2adesh", "نرخ", "بە چەند", "price", "cost", "how much", "سعر", "اسعار", "بكم", "كم سعر",
                    "biha", "bihay", "shgad", "points$",
                    "نقاط", "xal$")),
            Map.entry("hours", List.of("dawam", "mawa3id", "sa3at", "btefta7", "btfta7", "fate7", "bisaker", "btsakr", "bsakr", "دەوام", "کاتژمێر", "هەینی", "شەممە", "دادەخرێت", "کاتی کار", "working hours", "opening hours", "opens", "closes",
                    "hours$", "ساعات العمل", "ساعات الدوام", "تفتحون", "مفتوح",
                    "demjimer", "dadixe", "مواعيد", "friday",
                    "saturday", "الجمعه", "السبت", "sunday", "roja in", "semi$")),
            Map.entry("coverage", List.of("taghtiye", "taghtiya", "tagh6ye", "abraj", "irsal", "ersal", "ڕووماڵ", "لاواز", "تاوەر", "ناوچە", "گوند", "coverage", "tower", "covered", "تغطيه", "تغطيتكم", "برج", "ابراج",
                    "nixumandin", "birc", "herem", "gund", "sinyal", "areas", "مناطق", "subscriber", "signal strength")),
            Map.entry("center", List.of("markaz", "fer3", "furu3", "سەنتەر", "بنکە", "center", "centre", "branch", "store", "point of sale", "مركز",
                    "مراكز", "فرع", "فروع", "صاله", "نقطه بيع", "نقاط البيع", "وكيل", "navend", "firotan")),
            Map.entry("volte", List.of("volte", "hd call", "hd voice", "4g calling", "hd$", "اتش دي",
                    "اج دي", "فولتي", "مكالمات hd", "volt$", "voice quality", "call quality", "جوده الصوت",
                    "جوده المكالمه", "kaliteya deng")),
            Map.entry("business", List.of("sharike", "sharika", "shariket", "sharikat", "mo2asas", "کۆمپانیا", "بازرگانی", "فایبەر", "ئۆفیس", "business", "enterprise", "corporate", "fttx", "fiber", "fibre", "الياف", "ضوئي", "fttx", "karsazi", "اعمال", "الاعمال", "مؤسسه", "مؤسسات", "شركات", "multi sim")),
            Map.entry("slow", List.of("ba6i2", "bati2", "t2il", "ta2il", "t2eel", "خاو", "هێواش", "سست", "خێرایی", "slow", "lag", "buffering", "speed", "بطيء", "بطيئ", "بطئ", "بطء", "بطيئه",
                    "سرعه النت", "سرعه الانترنت", "hedi", "hêdî", "leza", "m3alla2", "يعلق", "بيعلق")),
            Map.entry("noconnection", List.of("ma fi net", "ma fi internet", "mafi net", "ma3am yeshteghel", "maqtu3", "m2ta3", "پچڕاو", "بڕاوە", "پچڕا", "no connection", "no data", "not connecting",
                    "disconnect", "cant connect", "can t connect", "انقطع", "انقطاع", "ما في نت", "ما في انترنت", "لا يوجد اتصال", "لا يوجد انترنت", "ما عندي نت", "mobile data",
                    "بيانات الهاتف", "pewendi tune", "mobile network")),
            Map.entry("complaint", List.of("eshtki", "2eshtki", "ashtki", "سکاڵا", "شکایەت", "شکات", "گلەیی", "complain", "complaint", "report you", "sue you", "شكوى", "شكوي", "شكاوي",
                    "اشتكي", "بشتكي", "اشتكى", "راح اشتكي", "رح اشتكي", "ح اشتكي", "اقدم شكوى", "shakwa", "shekwa",
                    "gazin", "gazinc", "gazind",
                    "serlêdan")),
            Map.entry("angry", List.of("worst", "awful", "rubbish", "useless", "disgusting", "horrible",
                    "unacceptable", "scam", "thieves", "سيئه", "سيئ", "زفت", "فاشل", "فاشله", "حراميه",
                    "نصابين", "تعبانه", "mal ma gemar")),
            Map.entry("human", List.of("mwazaf", "mowazaf", "muwazaf", "insan", "کارمەند", "فەرمانبەر", "مرۆڤ", "نوێنەر", "agent", "a person", "representative", "operator",
                    "employee", "staff", "someone", "somebody", "موظف", "موظفه", "انسان", "بشري",
                    "karmend", "mirov", "mwazzaf")),
            // said to the tenant ("your packages", "عندكم"): marks a message as asking about ours; never a concept
            Map.entry("addressed", List.of("your$", "yours$", "rcell", "عندكم", "عندكن", "لديكم", "تبعكم", "تبعكن",
                    "عدكم", "ئێوە", "3andkon", "3ndkon", "3andkom", "taba3kon", "we$")),
            Map.entry("talk", List.of("e7ki", "a7ki", "7ki ma3", "kalem", "قسە", "chat with", "call me", "اتكلم", "axaft", "transfer me", "connect me", "put me through")));

    private ConceptWords() {
    }

    /** Every concept's patterns: the table above and the tenant's not-ours lists, in a stable order. */
    static Map<String, List<String>> all() {
        Map<String, List<String>> all = new java.util.TreeMap<>(CONCEPTS);
        all.putAll(notOurs());
        return all;
    }

    /** The tenant's lists of what it does not sell, by concept; none when the tenant ships no such file. */
    private static Map<String, List<String>> notOurs() {
        if (TenantContent.class.getClassLoader().getResource("tenant/not-ours.json") == null) {
            return Map.of();
        }
        jakarta.json.JsonObject lists = TenantContent.read("tenant/not-ours.json").asJsonObject();
        Map<String, List<String>> concepts = new java.util.HashMap<>();
        for (String concept : List.of(NotOurs.OTHER_OPERATOR, NotOurs.PRODUCT)) {
            if (lists.containsKey(concept)) {
                concepts.put(concept, lists.getJsonArray(concept).getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
            }
        }
        return concepts;
    }
}
