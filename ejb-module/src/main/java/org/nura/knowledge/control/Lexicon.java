package org.nura.knowledge.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-lingual concepts of the telecom domain: product names and support terms as customers write them in Arabic
 * script (MSA and dialect), Sorani, Arabizi, Kurmanji and English, each mapped onto one concept token. A concept found in a
 * message is evidence in every language at once, which is what the few per-language example phrases cannot give.
 * Written by the NURA team from the tenant's articles and intent meanings (not from any labelled question set).
 *
 * <p>Pattern forms, all matched on {@link TextFolding#words folded} words: a Latin pattern is a word prefix
 * ({@code "complain"} matches "complaints") unless it ends in {@code $} (whole word); an Arabic pattern is a whole
 * word after stripping common clitics ({@code "رصيد"} matches "برصيدي", "الرصيد", not "رصيدان"...) or a Sorani
 * word's endings ({@link SoraniLightStemFilter}: "باڵانسەکەم" is "باڵانس"); a pattern with a
 * space is a phrase whose last word is a prefix.
 */
final class Lexicon {

    private static final Map<String, List<String>> CONCEPTS = Map.ofEntries(
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
                    "nixumandin", "birc", "areas", "مناطق", "subscriber", "signal strength")),
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

    private static final String[] ARABIC_PREFIXES = {"وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب",
        "ل", "ع"};
    private static final Set<String> ARABIC_SUFFIXES = Set.of("", "ي", "ك", "ه", "ها", "نا", "كم", "كن", "هم", "ات",
            "ين", "ون", "ا", "تي", "تك", "ته", "تنا");

    /** The longest suffix: a word part longer than this is no suffix, whatever the word's length. */
    private static final int MAX_SUFFIX = ARABIC_SUFFIXES.stream().mapToInt(String::length).max().orElse(0);

    /** {@code sorani}: written with Sorani letters, so also matched by its stem (ناوچە in ناوچەکەم). */
    private record Entry(String concept, String[] words, boolean exact, boolean sorani) {
    }

    /** Letters only Sorani (and Persian) keyboards type; Arabic patterns here never contain them. */
    private static final java.util.regex.Pattern SORANI_LETTERS = java.util.regex.Pattern.compile("[ەێۆڕڵڤپچژگیک]");
    private static final List<Entry> ENTRIES = entries();
    /** Single-word patterns by the word they must equal (Latin, and Arabic once clitics are off). */
    private static final Map<String, List<String>> WHOLE = new java.util.HashMap<>();
    /** Single-word Latin prefix patterns by the prefix. */
    private static final Map<String, List<String>> PREFIX = new java.util.HashMap<>();
    /** The longest prefix pattern: longer beginnings of a word cannot match, so a 30,000-letter word costs no more. */
    private static final int MAX_PREFIX;
    /** Phrases, matched the slow way; there are few. */
    private static final List<Entry> PHRASES = new ArrayList<>();

    static {
        for (Entry e : ENTRIES) {
            if (e.words().length > 1) {
                PHRASES.add(e);
                continue;
            }
            String w = e.words()[0];
            WHOLE.computeIfAbsent(w, k -> new ArrayList<>()).add(e.concept());
            // a message's Sorani word is looked up by its stem, which drops the pattern's own final -ە too
            if (e.sorani() && !SoraniLightStemFilter.stem(w).equals(w)) {
                WHOLE.computeIfAbsent(SoraniLightStemFilter.stem(w), k -> new ArrayList<>()).add(e.concept());
            }
            if (!isArabic(w) && !e.exact() && w.length() >= 3) {
                PREFIX.computeIfAbsent(w, k -> new ArrayList<>()).add(e.concept());
            }
        }
        MAX_PREFIX = PREFIX.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private Lexicon() {
    }

    /** The concepts of things the tenant does not sell ({@code tenant/not-ours.json}): other operators, products. */
    static final String OTHER_OPERATOR = "other_operator";
    static final String PRODUCT = "product";
    static final String PRODUCT_PRICE = "product_price";
    private static final String ADDRESSED = "addressed";

    private static List<Entry> entries() {
        List<Entry> list = new ArrayList<>();
        Map<String, List<String>> all = new java.util.TreeMap<>(CONCEPTS);
        all.putAll(notOurs());
        all.entrySet().forEach(e -> {
            for (String p : e.getValue()) {
                boolean exact = p.endsWith("$");
                String words = TextFolding.words(exact ? p.substring(0, p.length() - 1) : p);
                if (!words.isEmpty()) {
                    list.add(new Entry(e.getKey(), words.split(" "), exact, SORANI_LETTERS.matcher(p).find()));
                }
            }
        });
        return List.copyOf(list);
    }

    /** The tenant's lists of what it does not sell, by concept; none when the tenant ships no such file. */
    private static Map<String, List<String>> notOurs() {
        if (TenantContent.class.getClassLoader().getResource("tenant/not-ours.json") == null) {
            return Map.of();
        }
        jakarta.json.JsonObject lists = TenantContent.read("tenant/not-ours.json").asJsonObject();
        Map<String, List<String>> concepts = new java.util.HashMap<>();
        for (String concept : List.of(OTHER_OPERATOR, PRODUCT)) {
            if (lists.containsKey(concept)) {
                concepts.put(concept, lists.getJsonArray(concept).getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
            }
        }
        return concepts;
    }

    /**
     * Whether a message's concepts say it asks about something that is not the tenant's: another operator named with
     * nothing but what every operator sells ("what does Syriatel charge for 10 GB"), or a device's price. Naming
     * another operator beside the tenant's own support matters (coverage, a complaint, a login...) is a question about
     * those ("I switched from Syriatel, is your coverage good in Tartus").
     */
    static boolean notOurs(Set<String> concepts) {
        if (concepts.contains(PRODUCT_PRICE)) {
            return true;
        }
        return concepts.contains(OTHER_OPERATOR) && concepts.stream().allMatch(k -> COMMODITY.contains(k) || !own(k));
    }

    /** The concepts without those of things not ours, for a message that {@link #notOurs} found to be about ours. */
    static Set<String> ours(Set<String> concepts) {
        Set<String> out = new java.util.TreeSet<>(concepts);
        out.removeAll(Set.of(OTHER_OPERATOR, PRODUCT, PRODUCT_PRICE));
        return out;
    }

    /** What any operator sells: asked with another operator's name, it is that operator's ("Vodafone's 5G plans"). */
    private static final Set<String> COMMODITY = Set.of("price", "package", "recharge", "voucher", "balance", "drains",
            "fiveg", "esim", "volte", "business", "free");

    /** A concept of the tenant's own services (not one of the not-ours concepts, nor mood or price). */
    private static boolean own(String concept) {
        return !Set.of(OTHER_OPERATOR, PRODUCT, PRODUCT_PRICE, "price", "angry").contains(concept);
    }

    /**
     * A product name alone is no evidence ("APN on my iPhone" is ours); asking its price is ("how much is the
     * iPhone") unless one of the tenant's services is priced with it ("the internet bundle for my iPad"), so the
     * product concept is replaced by product_price, or dropped.
     */
    private static void productPrice(Set<String> found) {
        if (found.remove(PRODUCT) && found.contains("price") && found.stream().noneMatch(Lexicon::own)) {
            found.add(PRODUCT_PRICE);
        }
    }

    /** The concepts a message mentions, in a stable order. */
    static Set<String> concepts(String text) {
        String[] words = TextFolding.words(text).split(" ");
        Set<String> found = new java.util.TreeSet<>();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (isArabic(word)) {
                for (String prefix : ARABIC_PREFIXES) {
                    if (word.startsWith(prefix)) {
                        bases(word.substring(prefix.length()), found);
                    }
                }
                bases(word, found);
                bases(SoraniLightStemFilter.stem(word), found);
            } else {
                latin(word, found);
                String spelled = LanguageGuesser.arabiziSpelling(word);
                if (!spelled.equals(word)) {
                    latin(spelled, found);
                }
            }
        }
        for (Entry e : PHRASES) {
            if (!found.contains(e.concept()) && occurs(words, e)) {
                found.add(e.concept());
            }
        }
        productPrice(found);
        // another operator named in a message said to us is a comparison, not the subject ("cheaper than Syriatel's?")
        if (found.remove(ADDRESSED)) {
            found.remove(OTHER_OPERATOR);
        }
        return found;
    }

    /** Concepts of a Latin word: the word itself, or one of its prefixes. */
    private static void latin(String word, Set<String> found) {
        addAll(WHOLE.get(word), found);
        // no prefix is longer than MAX_PREFIX: looking further made a long word cost its length squared
        for (int n = 3; n < Math.min(word.length(), MAX_PREFIX + 1); n++) {
            addAll(PREFIX.get(word.substring(0, n)), found);
        }
    }

    /** Concepts of an Arabic word without its prefix: the word itself or less one allowed suffix. */
    private static void bases(String w, Set<String> found) {
        for (String suffix : ARABIC_SUFFIXES) {
            if (w.endsWith(suffix) && w.length() > suffix.length()) {
                addAll(WHOLE.get(w.substring(0, w.length() - suffix.length())), found);
            }
        }
    }

    private static void addAll(List<String> concepts, Set<String> found) {
        if (concepts != null) {
            found.addAll(concepts);
        }
    }

    /** The message with one token per concept appended, for indexes that only see text. */
    static String expand(String text) {
        return expand(text, concepts(text));
    }

    /** The same with the text's concepts already found. */
    static String expand(String text, Set<String> c) {
        if (c.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text == null ? "" : text);
        c.forEach(k -> out.append(" zzc").append(k));
        return out.toString();
    }

    private static boolean occurs(String[] words, Entry e) {
        String[] p = e.words();
        for (int i = 0; i + p.length <= words.length; i++) {
            boolean all = true;
            for (int j = 0; j < p.length && all; j++) {
                boolean last = j == p.length - 1;
                all = matches(words[i + j], p[j], !last || e.exact(), j == 0);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String word, String pattern, boolean exact, boolean first) {
        if (word.equals(pattern)) {
            return true;
        }
        if (isArabic(pattern)) {
            for (String prefix : first ? ARABIC_PREFIXES : new String[] {"ال"}) {
                String w = word.startsWith(prefix) ? word.substring(prefix.length()) : word;
                if (endsInSuffix(w, pattern)) {
                    return true;
                }
            }
            return endsInSuffix(word, pattern);
        }
        return !exact && pattern.length() >= 3 && word.startsWith(pattern);
    }

    /** The word is the pattern plus an allowed suffix; checked without copying the rest of a long word. */
    private static boolean endsInSuffix(String word, String pattern) {
        return word.startsWith(pattern) && word.length() - pattern.length() <= MAX_SUFFIX
                && ARABIC_SUFFIXES.contains(word.substring(pattern.length()));
    }

    private static boolean isArabic(String s) {
        return !s.isEmpty() && s.charAt(0) >= '\u0600' && s.charAt(0) <= '\u06FF';
    }
}
