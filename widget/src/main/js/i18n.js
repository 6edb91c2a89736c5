/** The widget's words in Arabic, Kurmanji and English, and how a language tag is recognised. */

export const LANGS = ['ar', 'ku', 'en'];

/** The answer sources of POST /v1/message (API.md), each with a label below. */
export const SOURCES = ['tree', 'rules', 'local', 'rag', 'openai', 'agent', 'handoff', 'fallback'];

/** Every word of the widget in [Arabic, Kurmanji, English]: a row holds all three, so a gap shows at a glance (and fails the tests). */
const WORDS = {
  title: ['مساعد الدعم', 'Alîkarê piştgiriyê', 'Support assistant'],
  open: ['فتح نافذة الدعم', 'Paceya piştgiriyê veke', 'Open support chat'],
  close: ['إغلاق نافذة الدعم', 'Paceya piştgiriyê bigire', 'Close support chat'],
  langs: ['اللغة', 'Ziman', 'Language'],
  ph: ['اكتب سؤالك…', 'Pirsa xwe binivîse…', 'Type your question…'],
  input: ['رسالتك', 'Peyama te', 'Your message'],
  send: ['إرسال', 'Bişîne', 'Send'],
  human: ['التحدث مع موظف', 'Bi karmendekî re biaxive', 'Talk to a person'],
  back: ['رجوع', 'Vegere', 'Back'],
  topics: ['المواضيع', 'Mijar', 'Topics'],
  log: ['المحادثة', 'Axaftin', 'Conversation'],
  up: ['إجابة مفيدة', 'Bersiv bikêr bû', 'Helpful answer'],
  down: ['إجابة غير مفيدة', 'Bersiv bikêr nebû', 'Not helpful'],
  thanks: ['شكراً لملاحظتك', 'Spas ji bo nerîna te', 'Thanks for your feedback'],
  me: ['أنت', 'Tu', 'You'],
  bot: ['المساعد', 'Alîkar', 'Assistant'],
  agent: ['موظف الدعم', 'Karmend', 'Support agent'],
  conf: ['الثقة', 'Bawerî', 'Confidence'],
  src: ['المصدر', 'Çavkanî', 'Source'],
  cite: ['مرجع', 'Referans', 'Reference'],
  typing: ['يكتب…', 'Dinivîse…', 'Typing…'],
  pending_handoff: ['بانتظار انضمام موظف الدعم…', 'Li benda karmendekî…', 'Waiting for a support agent…'],
  human_active: ['انضم موظف الدعم إلى المحادثة', 'Karmendek beşdarî axaftinê bû', 'A support agent joined the chat'],
  resolved: ['تم حل المحادثة', 'Axaftin hat çareserkirin', 'Conversation resolved'],
  tip: ['يمكنك إعادة صياغة سؤالك أو التحدث مع موظف.', 'Tu dikarî pirsa xwe bi awayekî din binivîsî an bi karmendekî re biaxivî.', 'You can rephrase your question or talk to a person.'],
  eNet: ['تعذّر الاتصال بالخادم. حاول مرة أخرى.', 'Girêdana bi serverê re nebû. Dîsa biceribîne.', 'Cannot reach the server. Please try again.'],
  eBusy: ['طلبات كثيرة، انتظر قليلاً ثم حاول.', 'Gelek daxwaz. Hinekî bisekine û dîsa biceribîne.', 'Too many requests. Wait a moment and try again.'],
  eGen: ['حدث خطأ، حاول مرة أخرى.', 'Çewtiyek çêbû. Dîsa biceribîne.', 'Something went wrong. Please try again.'],
  tree: ['الدليل', 'Rêber', 'Guided'],
  rules: ['القواعد', 'Rêzik', 'Rules'],
  local: ['بحث محلي', 'Lêgerîna herêmî', 'Local match'],
  rag: ['دليل المعرفة', 'Pirtûka zanînê', 'Handbook'],
  openai: ['ذكاء اصطناعي', 'AI', 'AI'],
  agentS: ['موظف', 'Karmend', 'Agent'],
  handoff: ['تحويل لموظف', 'Veguhastin', 'Handoff'],
  fallback: ['رد احتياطي', 'Bersiva giştî', 'Fallback']
};

/** The words by language: TEXTS.ar.send, TEXTS.ku.send, TEXTS.en.send. */
export const TEXTS = Object.fromEntries(LANGS.map((lang, i) =>
  [lang, Object.fromEntries(Object.entries(WORDS).map(([key, words]) => [key, words[i]]))]));

/** Source ids whose label key differs from the id ("agent" is taken by the speaker's name). */
const SOURCE_KEYS = { agent: 'agentS' };

/** One of LANGS for a tag such as "ar-IQ", "kmr" or "en-GB"; '' for anything else. */
export function pickLang(tag) {
  const v = String(tag || '').toLowerCase();
  if (v.startsWith('ar')) return 'ar';
  if (/^(ku|kmr)/.test(v)) return 'ku';
  return v.startsWith('en') ? 'en' : '';
}

/** The lookup for one language; a key missing there falls back to English, then to the key itself. */
export function translator(lang) {
  const words = TEXTS[lang] || TEXTS.en;
  return (key) => words[key] || TEXTS.en[key] || key;
}

/** The label key of an answer source. */
export const sourceKey = (source) => SOURCE_KEYS[source] || source;

export const isRtl = (lang) => lang === 'ar';

/** A confidence in [0, 1] as a percentage; Kurmanji has no locale data in every browser, so it borrows English digits. */
export function percent(lang, value) {
  try {
    return new Intl.NumberFormat(lang === 'ku' ? 'en' : lang, { style: 'percent' }).format(value);
  } catch {
    return Math.round(value * 100) + '%';
  }
}
