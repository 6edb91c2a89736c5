/** The widget's words in Arabic, Kurmanji, English and Sorani, and how a language tag is recognised. */

export const LANGS = ['ar', 'ku', 'en', 'ckb'];

/** The languages whose words come as a pack beside widget.js (build.js), loaded when the widget shows one; English,
 * the fallback of every missing word, rides in widget.js. */
export const PACKED = ['ar', 'ku', 'ckb'];

/** The answer sources of POST /v1/message (API.md), each with a label below. */
export const SOURCES = ['tree', 'rules', 'local', 'rag', 'openai', 'agent', 'handoff', 'fallback'];

/** Every word of the widget in [Arabic, Kurmanji, English, Sorani]: a row holds all four, so a gap shows at a glance (and fails the tests). */
const WORDS = {
  title: ['مساعد الدعم', 'Alîkarê piştgiriyê', 'Support assistant', 'یاریدەدەری پشتگیری'],
  open: ['فتح نافذة الدعم', 'Paceya piştgiriyê veke', 'Open support chat', 'کردنەوەی پەنجەرەی پشتگیری'],
  close: ['إغلاق نافذة الدعم', 'Paceya piştgiriyê bigire', 'Close support chat', 'داخستنی پەنجەرەی پشتگیری'],
  langs: ['اللغة', 'Ziman', 'Language', 'زمان'],
  ph: ['اكتب سؤالك…', 'Pirsa xwe binivîse…', 'Type your question…', 'پرسیارەکەت بنووسە…'],
  input: ['رسالتك', 'Peyama te', 'Your message', 'نامەکەت'],
  send: ['إرسال', 'Bişîne', 'Send', 'ناردن'],
  human: ['التحدث مع موظف', 'Bi karmendekî re biaxive', 'Talk to a person', 'قسەکردن لەگەڵ کارمەند'],
  back: ['رجوع', 'Vegere', 'Back', 'گەڕانەوە'],
  topics: ['المواضيع', 'Mijar', 'Topics', 'بابەتەکان'],
  log: ['المحادثة', 'Axaftin', 'Conversation', 'گفتوگۆ'],
  up: ['إجابة مفيدة', 'Bersiv bikêr bû', 'Helpful answer', 'وەڵامی بەسوود'],
  down: ['إجابة غير مفيدة', 'Bersiv bikêr nebû', 'Not helpful', 'وەڵامی بێسوود'],
  thanks: ['شكراً لملاحظتك', 'Spas ji bo nerîna te', 'Thanks for your feedback', 'سوپاس بۆ تێبینییەکەت'],
  rateQ: ['كيف كانت المحادثة؟', 'Axaftin çawa bû?', 'How was this chat?', 'گفتوگۆکە چۆن بوو؟'],
  star: ['% من 5', '% ji 5', '% of 5', '% لە 5'],
  cmt: ['تعليق (اختياري)', 'Şîrove (ne mecbûrî)', 'Comment (optional)', 'لێدوان (ئارەزوومەندانە)'],
  newC: ['بدء محادثة جديدة', 'Axaftineke nû dest pê bike', 'Start a new conversation', 'دەستپێکردنی گفتوگۆیەکی نوێ'],
  me: ['أنت', 'Tu', 'You', 'تۆ'],
  bot: ['المساعد', 'Alîkar', 'Assistant', 'یاریدەدەر'],
  agent: ['موظف الدعم', 'Karmend', 'Support agent', 'کارمەندی پشتگیری'],
  conf: ['الثقة', 'Bawerî', 'Confidence', 'متمانە'],
  src: ['المصدر', 'Çavkanî', 'Source', 'سەرچاوە'],
  cite: ['مرجع', 'Referans', 'Reference', 'سەرچاوەی وەڵام'],
  typing: ['يكتب…', 'Dinivîse…', 'Typing…', 'دەنووسێت…'],
  pending_handoff: ['بانتظار انضمام موظف الدعم…', 'Li benda karmendekî…', 'Waiting for a support agent…', 'چاوەڕێی کارمەندی پشتگیری…'],
  human_active: ['انضم موظف الدعم إلى المحادثة', 'Karmendek beşdarî axaftinê bû', 'A support agent joined the chat', 'کارمەندی پشتگیری هاتە ناو گفتوگۆکە'],
  resolved: ['تم حل المحادثة', 'Axaftin hat çareserkirin', 'Conversation resolved', 'گفتوگۆکە چارەسەر کرا'],
  ask: ['هل تريد أن يساعدك موظف؟', 'Tu dixwazî karmendek alîkariya te bike?', 'Would you like a person to help?', 'دەتەوێت کارمەندێک یارمەتیت بدات؟'],
  rephrase: ['لا، سأعيد الصياغة', 'Na, ez ê ji nû ve binivîsim', 'No, I\'ll rephrase', 'نەخێر، دەینووسمەوە'],
  eNet: ['تعذّر الاتصال بالخادم. حاول مرة أخرى.', 'Girêdana bi serverê re nebû. Dîsa biceribîne.', 'Cannot reach the server. Please try again.', 'پەیوەندی بە سێرڤەرەوە نەکرا. دووبارە هەوڵ بدەوە.'],
  eBusy: ['طلبات كثيرة، انتظر قليلاً ثم حاول.', 'Gelek daxwaz. Hinekî bisekine û dîsa biceribîne.', 'Too many requests. Wait a moment and try again.', 'داواکاری زۆرە. کەمێک چاوەڕێ بکە و دووبارە هەوڵ بدەوە.'],
  eGen: ['حدث خطأ، حاول مرة أخرى.', 'Çewtiyek çêbû. Dîsa biceribîne.', 'Something went wrong. Please try again.', 'هەڵەیەک ڕوویدا. دووبارە هەوڵ بدەوە.'],
  tree: ['الدليل', 'Rêber', 'Guided', 'ڕێبەر'],
  rules: ['القواعد', 'Rêzik', 'Rules', 'یاساکان'],
  local: ['بحث محلي', 'Lêgerîna herêmî', 'Local match', 'گەڕانی ناوخۆیی'],
  rag: ['دليل المعرفة', 'Pirtûka zanînê', 'Handbook', 'ڕێبەری زانیاری'],
  openai: ['ذكاء اصطناعي', 'AI', 'AI', 'زیرەکی دەستکرد'],
  agentS: ['موظف', 'Karmend', 'Agent', 'کارمەند'],
  handoff: ['تحويل لموظف', 'Veguhastin', 'Handoff', 'گواستنەوە بۆ کارمەند'],
  fallback: ['رد احتياطي', 'Bersiva giştî', 'Fallback', 'وەڵامی گشتی']
};

/** The words by language: TEXTS.ar.send, TEXTS.ku.send, TEXTS.en.send, TEXTS.ckb.send. */
export const TEXTS = Object.fromEntries(LANGS.map((lang, i) =>
  [lang, Object.fromEntries(Object.entries(WORDS).map(([key, words]) => [key, words[i]]))]));

/** Source ids whose label key differs from the id ("agent" is taken by the speaker's name). */
const SOURCE_KEYS = { agent: 'agentS' };

/** One of LANGS for a tag such as "ar-IQ", "kmr", "en-GB", "ckb" or "ku-Arab" (Sorani); '' for anything else. */
export function pickLang(tag) {
  const v = String(tag || '').toLowerCase();
  if (v.startsWith('ar')) return 'ar';
  if (v.startsWith('ckb') || v.startsWith('ku-arab')) return 'ckb';
  if (/^(ku|kmr)/.test(v)) return 'ku';
  return v.startsWith('en') ? 'en' : '';
}

/** Whether a packed language's words have arrived (in the sources and tests every language is always there). */
export const hasWords = (lang) => Boolean(TEXTS[lang] && TEXTS[lang].send);

/** A language pack's words (NuraWidget.words): only known keys, only strings. */
export function addWords(lang, words) {
  if (!TEXTS[lang] || !words) return false;
  for (const key of Object.keys(TEXTS.en)) if (typeof words[key] === 'string') TEXTS[lang][key] = words[key];
  return true;
}

/** The lookup for one language; a key missing there falls back to English, then to the key itself. */
export function translator(lang) {
  const words = TEXTS[lang] || TEXTS.en;
  return (key) => words[key] || TEXTS.en[key] || key;
}

/** The label key of an answer source. */
export const sourceKey = (source) => SOURCE_KEYS[source] || source;

/** Arabic and Sorani are written right to left. */
export const isRtl = (lang) => lang === 'ar' || lang === 'ckb';

/** A confidence in [0, 1] as a percentage; Kurmanji has no locale data in every browser, so it borrows English digits. */
export function percent(lang, value) {
  try {
    return new Intl.NumberFormat(lang === 'ku' ? 'en' : lang, { style: 'percent' }).format(value);
  } catch {
    return Math.round(value * 100) + '%';
  }
}
