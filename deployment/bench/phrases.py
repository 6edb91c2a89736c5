"""Phrase banks for generate_history.py: what customers of the sample tenant (an Iraqi/Kurdish mobile operator)
write, in Arabic, Kurmanji (Latin script), Sorani (Arabic script) and English, per intent of the sample taxonomy,
and what agents answer. Kept apart from the generator so that the generator reads as an algorithm."""

LANGS = ("ar", "ku", "ckb", "en")
# Session languages: Arabic most, then Kurmanji, English, Sorani (the tenant's market).
LANG_WEIGHTS = (0.45, 0.25, 0.10, 0.20)

QUESTIONS = {
    "slow_internet": {
        "ar": ["الانترنت بطيء جدا اليوم", "النت عندي ضعيف من امس", "سرعة الانترنت بطيئة بالليل", "ليش النت ثقيل هيك",
               "الانترنت يقطع ويرجع وبطيء"],
        "ku": ["Înternet gelek hêdî ye", "Leza înternetê îro pir kêm e", "Çima înternet ewqas hêdî ye?",
               "Înternet şevê hêdî dibe"],
        "ckb": ["ئینتەرنێت زۆر خاوە", "خێرایی ئینتەرنێت کەمە", "بۆچی ئینتەرنێتەکەم هێواشە"],
        "en": ["My internet is very slow", "The internet speed dropped since yesterday", "Why is my data so slow at night",
               "slow connection all day"],
    },
    "no_connection": {
        "ar": ["ما عندي شبكة ابد", "الشبكة مقطوعة بالمنطقة", "الموبايل يكول لا توجد خدمة", "ما اكدر اتصل ولا انترنت"],
        "ku": ["Tu tora min tune ye", "Têkilî qut bûye", "Telefona min dibêje xizmet tune"],
        "ckb": ["هێڵم نییە", "تۆڕەکە بڕاوە", "ناتوانم پەیوەندی بکەم"],
        "en": ["I have no signal at all", "No service on my phone", "The network is down in my area"],
    },
    "apn_settings": {
        "ar": ["شلون اضبط اعدادات APN", "اريد اعدادات الانترنت للايفون", "ما يشتغل النت بعد ما غيرت الجهاز"],
        "ku": ["Mîhengên APN çi ne?", "Çawa ez APN saz bikim", "Înternet li ser telefona nû naxebite"],
        "ckb": ["ڕێکخستنی APN چۆنە", "چۆن ئینتەرنێت لە مۆبایلی نوێ ڕێک بخەم"],
        "en": ["How do I set up APN", "internet settings for my new iPhone", "What are the APN settings for Android"],
    },
    "selfcare_login": {
        "ar": ["ما اكدر اسجل دخول بالتطبيق", "تطبيق السيلف كير ما يفتح", "يطلع خطأ عند تسجيل الدخول"],
        "ku": ["Ez nikarim têkevim aplikasyonê", "Aplikasyona Self-Care venabe", "Çewtiya têketinê derdikeve"],
        "ckb": ["ناتوانم بچمە ناو ئەپەکە", "ئەپی سێڵف کێر ناکرێتەوە"],
        "en": ["I can't log in to the app", "Self-care app login error", "The app says wrong credentials"],
    },
    "password_reset": {
        "ar": ["نسيت كلمة المرور", "اريد اغير كلمة السر", "شلون استرجع الباسورد"],
        "ku": ["Min şîfreya xwe ji bîr kir", "Çawa şîfreyê biguherînim", "Şîfre winda bû"],
        "ckb": ["وشەی نهێنیم لەبیرچووە", "چۆن وشەی نهێنی بگۆڕم"],
        "en": ["I forgot my password", "How do I reset my password", "change my account password"],
    },
    "pin_security": {
        "ar": ["شنو رمز PIN الافتراضي", "اريد اغير رمز PIN للشريحة", "الموبايل يطلب رمز PIN"],
        "ku": ["Koda PIN çi ye?", "Ez dixwazim koda PIN biguherînim"],
        "ckb": ["کۆدی PIN چییە", "مۆبایلەکە داوای PIN دەکات"],
        "en": ["What is the default PIN", "My phone asks for a PIN code", "change the SIM PIN"],
    },
    "puk_locked_sim": {
        "ar": ["الشريحة مقفلة وتطلب PUK", "انقفلت السيم شسوي", "اريد رمز PUK"],
        "ku": ["SIM kart qefilî ye, PUK dixwaze", "Koda PUK ji ku bistînim"],
        "ckb": ["سیمکارتەکەم داخراوە", "کۆدی PUK م دەوێت"],
        "en": ["My SIM is locked and asks for PUK", "I need my PUK code", "sim blocked after wrong pin"],
    },
    "esim": {
        "ar": ["شلون افعل الشريحة الالكترونية", "هل يدعم جهازي eSIM", "اريد احول لشريحة eSIM"],
        "ku": ["Çawa eSIM çalak bikim?", "Telefona min piştgiriya eSIM dike?"],
        "ckb": ["چۆن eSIM چالاک بکەم", "ئایا مۆبایلەکەم eSIM وەردەگرێت"],
        "en": ["How do I activate an eSIM", "Does my phone support eSIM", "switch my line to eSIM"],
    },
    "packages": {
        "ar": ["شنو الباقات المتوفرة", "اسعار باقات الانترنت", "اريد باقة شهرية رخيصة", "كم سعر باقة الـ 30 كيكا"],
        "ku": ["Pakêtên înternetê çi ne?", "Bihayê pakêta mehane çiqas e", "Pakêteke erzan dixwazim"],
        "ckb": ["پاکێجەکانی ئینتەرنێت چین", "نرخی پاکێجی مانگانە چەندە"],
        "en": ["What packages do you have", "price of the monthly data bundle", "cheapest internet package"],
    },
    "recharge_card_damaged": {
        "ar": ["كارت الشحن انمسح الرقم", "الكارت مخدوش وما ينقرا", "شحنت بالكارت وما وصل الرصيد"],
        "ku": ["Karta barkirinê xerab bûye", "Hejmarên kartê nayên xwendin"],
        "ckb": ["کارتی باڵانسەکە خراپ بووە", "ژمارەکانی کارتەکە ناخوێندرێنەوە"],
        "en": ["My recharge card is scratched", "the recharge code is unreadable", "card top-up did not work"],
    },
    "balance_drain": {
        "ar": ["الرصيد يخلص بسرعة", "منو ياكل رصيدي", "انسحب الرصيد بدون سبب", "اشتراكات ما طلبتها"],
        "ku": ["Balansa min zû diqede", "Pere ji hesabê min diçe bê sedem"],
        "ckb": ["باڵانسەکەم زوو تەواو دەبێت", "پارە بێ هۆ دەبڕدرێت"],
        "en": ["My balance runs out fast", "credit deducted for no reason", "who is eating my balance"],
    },
    "working_hours": {
        "ar": ["شنو اوقات الدوام", "الفرع مفتوح يوم الجمعة؟", "متى يفتح مركز الخدمة"],
        "ku": ["Demjimêrên kar çi ne?", "Navend roja înê vekirî ye?"],
        "ckb": ["کاتەکانی دەوام چین", "سەنتەر ڕۆژی هەینی کراوەیە"],
        "en": ["What are your working hours", "Is the shop open on Friday", "when does the service center open"],
    },
    "coverage": {
        "ar": ["هل عندكم تغطية بالموصل", "وين اقرب مركز خدمة", "التغطية بمنطقتنا ضعيفة"],
        "ku": ["Li Duhokê kişandin heye?", "Navenda herî nêzîk li ku ye"],
        "ckb": ["لە هەولێر تۆڕتان هەیە", "نزیکترین سەنتەر لە کوێیە"],
        "en": ["Do you have coverage in Erbil", "where is the nearest center", "coverage map for Duhok"],
    },
    "hakki": {
        "ar": ["شنو منصة انا", "شلون ارسل نقاط", "اريد احول نقاطي"],
        "ku": ["Platforma Ana çi ye?", "Çawa xalan bişînim"],
        "ckb": ["پلاتفۆرمی ئانا چییە", "چۆن خاڵ بنێرم"],
        "en": ["What is the Ana platform", "how do I send points", "transfer my points to a friend"],
    },
    "voice_services": {
        "ar": ["شنو خدمة HD Call", "المكالمات تقطع", "الصوت ما يوصل بالمكالمة"],
        "ku": ["HD Call çi ye?", "Bang qut dibin"],
        "ckb": ["خزمەتگوزاری HD Call چییە", "پەیوەندییەکان دەبڕێن"],
        "en": ["What is HD Call", "my calls keep dropping", "voice is not clear during calls"],
    },
    "fiveg": {
        "ar": ["متى ينزل الجيل الخامس", "هل عندكم 5G"],
        "ku": ["5G kengê tê?", "Ma 5G heye?"],
        "ckb": ["5G کەی دێت", "ئایا 5G هەیە"],
        "en": ["When is 5G coming", "do you support 5G"],
    },
    "business_internet": {
        "ar": ["اريد انترنت فايبر للشركة", "عروض FTTx للشركات"],
        "ku": ["Înternetê fîberê ji bo şirketê dixwazim"],
        "ckb": ["ئینتەرنێتی فایبەر بۆ کۆمپانیا"],
        "en": ["I need fiber internet for my office", "FTTx business offers"],
    },
    "complaint": {
        "ar": ["خدمتكم سيئة جدا", "هذي ثالث مرة اشتكي وما احد يرد", "اريد اقدم شكوى رسمية", "سرقتوا رصيدي"],
        "ku": ["Xizmeta we pir xirab e", "Ez dixwazim gilî bikim", "Ev cara sêyemîn e ku ez gilî dikim"],
        "ckb": ["خزمەتگوزارییەکەتان زۆر خراپە", "دەمەوێت سکاڵا بکەم"],
        "en": ["Your service is terrible", "I want to file a complaint", "third time I report this and nothing"],
    },
    "agent_request": {
        "ar": ["اريد احچي ويا موظف", "حولني على شخص حقيقي", "اريد خدمة العملاء"],
        "ku": ["Ez dixwazim bi karmendekî re biaxivim", "Min bi mirovekî ve girêbide"],
        "ckb": ["دەمەوێت قسە لەگەڵ کارمەندێک بکەم", "بمگەیەنە بە مرۆڤێک"],
        "en": ["I want to talk to a human", "connect me to an agent", "real person please"],
    },
    "out_of_scope": {
        "ar": ["شنو اخبار الطقس", "منو فاز بالمباراة", "احچيلي نكتة"],
        "ku": ["Hewa îro çawa ye?", "Kê maç bi dest xist?"],
        "ckb": ["کەشوهەوا چۆنە", "کێ یارییەکەی بردەوە"],
        "en": ["what's the weather today", "who won the match", "tell me a joke"],
    },
}

# Details customers add; they make the vocabulary realistic (places, phones, amounts) and give rare words to search.
CITIES = {
    "ar": ["بغداد", "الموصل", "البصرة", "اربيل", "دهوك", "كركوك", "السليمانية", "النجف", "زاخو"],
    "ku": ["Duhok", "Zaxo", "Hewlêr", "Silêmanî", "Amêdî", "Akrê", "Semêl"],
    "ckb": ["هەولێر", "سلێمانی", "کەرکووک", "ڕانیە", "کۆیە", "هەڵەبجە"],
    "en": ["Baghdad", "Erbil", "Duhok", "Basra", "Mosul", "Zakho", "Sulaymaniyah"],
}
PHONES = ["iPhone 13", "iPhone 15 Pro", "Samsung A54", "Galaxy S23", "Redmi Note 12", "Huawei Y9", "Oppo A78",
          "Pixel 7", "Nokia G21", "Honor X8"]
TAILS = {
    "ar": ["بمنطقة {city}", "عندي جهاز {phone}", "رقمي {number}", "من {days} ايام", "ساعدوني رجاء", "شكرا",
           "دفعت {amount} دينار", "مستعجل"],
    "ku": ["li {city}", "telefona min {phone} e", "hejmara min {number}", "ji {days} rojan ve", "ji kerema xwe alîkarî",
           "spas", "min {amount} dînar da"],
    "ckb": ["لە {city}", "مۆبایلەکەم {phone}ە", "ژمارەکەم {number}", "لە {days} ڕۆژەوە", "تکایە یارمەتیم بدەن",
            "سوپاس"],
    "en": ["in {city}", "I have a {phone}", "my number is {number}", "for {days} days now", "please help", "thanks",
           "I paid {amount} IQD", "urgent"],
}
GREETINGS = {
    "ar": ["مرحبا", "السلام عليكم", "هلو", "مساء الخير"],
    "ku": ["Silav", "Rojbaş", "Merheba"],
    "ckb": ["سڵاو", "بەیانی باش"],
    "en": ["Hi", "Hello", "Good evening"],
}

AGENT_REPLIES = {
    "ar": ["اهلا، معك {agent} من خدمة العملاء. شلون اكدر اساعدك؟", "راح افحص الخط هسه، لحظة رجاء",
           "تم تفعيل الباقة على رقمك", "سويت اعادة ضبط للشبكة، جرب تطفي الجهاز وتشغله", "تم رفع بلاغ للقسم الفني برقم {ticket}",
           "رجعنا الرصيد المسحوب لحسابك", "هل المشكلة انحلت؟", "شكرا لتواصلك ويانا"],
    "ku": ["Silav, ez {agent} im ji xizmeta xerîdaran. Çawa dikarim alîkariya te bikim?", "Ez niha xetê kontrol dikim",
           "Pakêt li ser hejmara te çalak bû", "Telefonê vemirîne û dîsa vêxe", "Me raporek bi hejmara {ticket} vekir",
           "Pere vegeriya hesabê te", "Pirsgirêk çareser bû?", "Spas ji bo têkiliyê"],
    "ckb": ["سڵاو، من {agent}م لە خزمەتگوزاری کڕیاران", "ئێستا هێڵەکەت دەپشکنم", "پاکێجەکە چالاک کرا",
            "مۆبایلەکە بکوژێنەرەوە و دایبگیرسێنەوە", "ڕاپۆرتێک بە ژمارە {ticket} کرایەوە", "کێشەکە چارەسەر بوو؟",
            "سوپاس بۆ پەیوەندیکردن"],
    "en": ["Hi, this is {agent} from customer care. How can I help?", "Let me check your line, one moment",
           "The package is now active on your number", "Please restart your phone, I reset the network registration",
           "I opened ticket {ticket} with the technical team", "We refunded the deducted credit",
           "Is the problem solved now?", "Thanks for contacting us"],
}
CUSTOMER_TO_AGENT = {
    "ar": ["تمام شكرا", "بعده ما اشتغل", "رقمي {number}", "اي انحلت الحمد لله", "متى ينحل؟", "اوكي انتظر"],
    "ku": ["Baş e, spas", "Hîn naxebite", "Hejmara min {number}", "Erê çareser bû", "Kengê çareser dibe?"],
    "ckb": ["باشە سوپاس", "هێشتا کار ناکات", "ژمارەکەم {number}", "بەڵێ چارەسەر بوو"],
    "en": ["ok thanks", "still not working", "my number is {number}", "yes it works now", "when will it be fixed?"],
}
FALLBACK = {
    "ar": "عذرا، ما فهمت سؤالك. ممكن تعيد صياغته او تحچي ويا موظف.",
    "ku": "Bibore, min pirsa te fêm nekir. Dikarî ji nû ve binivîsî an bi karmendekî re biaxivî.",
    "ckb": "ببورە، پرسیارەکەت تێنەگەیشتم. دەتوانیت دووبارە بینووسیت یان قسە لەگەڵ کارمەندێک بکەیت.",
    "en": "Sorry, I did not understand. You can rephrase or talk to a person.",
}
HANDOFF = {
    "ar": "راح احولك لموظف خدمة العملاء، لحظات رجاء.",
    "ku": "Ez te digihînim karmendekî xizmeta xerîdaran, ji kerema xwe bisekine.",
    "ckb": "دەتگەیەنم بە کارمەندێکی خزمەتگوزاری، تکایە چاوەڕێ بکە.",
    "en": "I am passing you to a customer care agent, one moment please.",
}
OUT_OF_SCOPE = {
    "ar": "اكدر اساعدك بس بخدمات الشبكة والباقات والحساب.",
    "ku": "Ez tenê dikarim di warê tor, pakêt û hesabê de alîkarî bikim.",
    "ckb": "تەنها دەتوانم لە بارەی تۆڕ و پاکێج و هەژمار یارمەتیت بدەم.",
    "en": "I can only help with network, packages and your account.",
}
FEEDBACK_COMMENTS = {
    "up": ["شكرا", "ممتاز", "Spas", "Great, thanks", "سوپاس", "helpful"],
    "down": ["ما فادني", "الجواب غلط", "Ne alîkar bû", "Not what I asked", "وەڵامەکە هەڵەیە", "useless answer"],
}
AGENT_NAMES = ["Ahmed Karim", "Zainab Ali", "Rojin Haji", "Dilan Mustafa", "Sara Hussein", "Omar Saleh", "Nergiz Bakir",
               "Hawre Aziz", "Layla Hassan", "Karwan Omer", "Mustafa Jabbar", "Shilan Rashid", "Yousif Nouri",
               "Avin Sherzad", "Hiba Kadhim", "Bakhtiyar Ismail", "Noor Abbas", "Rebin Qadir", "Maryam Fadhil",
               "Azad Salih", "Huda Mahdi", "Soran Jalal", "Rania Adel", "Hejar Ali", "Ali Raad", "Berfin Yusuf",
               "Samir Talib", "Kani Hama", "Dunya Faris", "Jwan Kamal"]
CATEGORIES = ["network", "billing", "device", "account", "sim", "packages", "app", "other"]
ROOT_CAUSES = {"network": ["tower_outage", "congestion", "fiber_cut", "coverage_gap"],
               "billing": ["vas_subscription", "billing_error", "roaming_charge"],
               "device": ["apn_misconfigured", "device_incompatible", "customer_error"],
               "account": ["password_forgotten", "account_locked", "customer_error"],
               "sim": ["puk_locked", "sim_damaged", "esim_provisioning"],
               "packages": ["wrong_package", "package_not_applied", "price_question"],
               "app": ["app_bug", "app_outdated", "login_service_down"],
               "other": ["documentation_gap", "out_of_scope", "duplicate"]}
