/** The widget's words in Arabic, Kurmanji and English, and how a language tag is recognised. */

export const LANGS = ['ar', 'ku', 'en'];

/** The answer sources of POST /v1/message (API.md), each with a label below. */
export const SOURCES = ['tree', 'rules', 'local', 'rag', 'openai', 'agent', 'handoff', 'fallback'];

export const TEXTS = {
  ar: {
    title: 'مساعد الدعم', open: 'فتح نافذة الدعم', close: 'إغلاق نافذة الدعم', langs: 'اللغة',
    ph: 'اكتب سؤالك…', input: 'رسالتك', send: 'إرسال', human: 'التحدث مع موظف', back: 'رجوع',
    topics: 'المواضيع', log: 'المحادثة', up: 'إجابة مفيدة', down: 'إجابة غير مفيدة', thanks: 'شكراً لملاحظتك',
    me: 'أنت', bot: 'المساعد', agent: 'موظف الدعم', conf: 'الثقة', src: 'المصدر', cite: 'مرجع', typing: 'يكتب…',
    pending_handoff: 'بانتظار انضمام موظف الدعم…', human_active: 'انضم موظف الدعم إلى المحادثة', resolved: 'تم حل المحادثة',
    tip: 'يمكنك إعادة صياغة سؤالك أو التحدث مع موظف.', eNet: 'تعذّر الاتصال بالخادم. حاول مرة أخرى.',
    eBusy: 'طلبات كثيرة، انتظر قليلاً ثم حاول.', eGen: 'حدث خطأ، حاول مرة أخرى.',
    tree: 'الدليل', rules: 'القواعد', local: 'بحث محلي', rag: 'دليل المعرفة', openai: 'ذكاء اصطناعي',
    agentS: 'موظف', handoff: 'تحويل لموظف', fallback: 'رد احتياطي'
  },
  ku: {
    title: 'Alîkarê piştgiriyê', open: 'Paceya piştgiriyê veke', close: 'Paceya piştgiriyê bigire', langs: 'Ziman',
    ph: 'Pirsa xwe binivîse…', input: 'Peyama te', send: 'Bişîne', human: 'Bi karmendekî re biaxive', back: 'Vegere',
    topics: 'Mijar', log: 'Axaftin', up: 'Bersiv bikêr bû', down: 'Bersiv bikêr nebû', thanks: 'Spas ji bo nerîna te',
    me: 'Tu', bot: 'Alîkar', agent: 'Karmend', conf: 'Bawerî', src: 'Çavkanî', cite: 'Referans', typing: 'Dinivîse…',
    pending_handoff: 'Li benda karmendekî…', human_active: 'Karmendek beşdarî axaftinê bû', resolved: 'Axaftin hat çareserkirin',
    tip: 'Tu dikarî pirsa xwe bi awayekî din binivîsî an bi karmendekî re biaxivî.', eNet: 'Girêdana bi serverê re nebû. Dîsa biceribîne.',
    eBusy: 'Gelek daxwaz. Hinekî bisekine û dîsa biceribîne.', eGen: 'Çewtiyek çêbû. Dîsa biceribîne.',
    tree: 'Rêber', rules: 'Rêzik', local: 'Lêgerîna herêmî', rag: 'Pirtûka zanînê', openai: 'AI',
    agentS: 'Karmend', handoff: 'Veguhastin', fallback: 'Bersiva giştî'
  },
  en: {
    title: 'Support assistant', open: 'Open support chat', close: 'Close support chat', langs: 'Language',
    ph: 'Type your question…', input: 'Your message', send: 'Send', human: 'Talk to a person', back: 'Back',
    topics: 'Topics', log: 'Conversation', up: 'Helpful answer', down: 'Not helpful', thanks: 'Thanks for your feedback',
    me: 'You', bot: 'Assistant', agent: 'Support agent', conf: 'Confidence', src: 'Source', cite: 'Reference', typing: 'Typing…',
    pending_handoff: 'Waiting for a support agent…', human_active: 'A support agent joined the chat', resolved: 'Conversation resolved',
    tip: 'You can rephrase your question or talk to a person.', eNet: 'Cannot reach the server. Please try again.',
    eBusy: 'Too many requests. Wait a moment and try again.', eGen: 'Something went wrong. Please try again.',
    tree: 'Guided', rules: 'Rules', local: 'Local match', rag: 'Handbook', openai: 'AI',
    agentS: 'Agent', handoff: 'Handoff', fallback: 'Fallback'
  }
};

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
