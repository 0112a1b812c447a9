import type { Messages } from "../../catalog.js";
import type { EN_DESK } from "../en/desk.js";

/** Arabic strings of the translation desk. */
export const AR_DESK = {
  "desk.open": "الترجمة في ورشة الترجمة",
  "desk.title": "ترجمة «{title}» إلى {language}",
  "desk.progress": "أُنجزت {done} من {total} جملة",
  "desk.intro":
    "تنقّل بين الجمل بترتيب القراءة. تُحفظ كل جملة عند قبولها؛ وبعد إنجاز كل الجمل انشر اللغة.",
  "desk.shortcuts": "لوحة المفاتيح",
  "desk.shortcutList":
    "Ctrl+Enter: قبول النص والانتقال إلى الجملة التالية (إبقاء المسودة كما هي يكلّف ضغطة واحدة). Alt+↓ / Alt+↑: الجملة التالية / السابقة. Alt+C: نسخ الأصل. Alt+M: أخذ أفضل تطابق من الذاكرة. الكتابة تعدّل النص؛ ومفتاح Tab ينقل بين الحقول.",
  "desk.sentence": "الجملة {number} من {total}: {field}",
  "desk.state.done": "منجزة",
  "desk.state.todo": "قيد الانتظار",
  "desk.source": "الأصل",
  "desk.target": "الترجمة",
  "desk.draft": "مسودة آلية",
  "desk.noDraft": "لا توجد مسودة آلية: اكتب الترجمة، أو خذ الأصل أو تطابقًا من الذاكرة.",
  "desk.hold.none": "ستصل المسودة إلى القرّاء كما هي.",
  "desk.hold.errors": "محجوبة عن القرّاء: وجدت الفحوص فيها أخطاء.",
  "desk.hold.review": "محجوبة عن القرّاء: في هذه اللغة يراجع شخصٌ كل جملة.",
  "desk.hold.draft": "محجوبة عن القرّاء: الترجمة الآلية في هذه اللغة مجرد نقطة انطلاق.",
  "desk.memory": "تطابقات من الذاكرة",
  "desk.accept": "قبول والانتقال",
  "desk.copySource": "نسخ الأصل",
  "desk.takeMemory": "أخذ التطابق",
  "desk.save.saving": "جارٍ الحفظ…",
  "desk.save.saved": "حُفظت",
  "desk.save.failed": "لم تُحفظ: {problem}",
  "desk.save.offline": "تعذّر الوصول إلى الخادم",
  "desk.save.retry": "إعادة المحاولة",
  "desk.saved": "حُفظت الجملة.",
  "desk.preview": "معاينة الصفحة بـ{language}",
  "desk.previewBanner":
    "معاينة بـ{language} بترجمات الورشة (بما فيها المسودات): ليست بعدُ ما يراه القرّاء.",
  "desk.publish": "النشر بـ{language}",
  "desk.publishLeft":
    "{left, plural, zero {لم تبقَ أي جملة.} one {بقيت جملة واحدة قبل أن تستطيع النشر.} two {بقيت جملتان قبل أن تستطيع النشر.} few {بقيت # جمل قبل أن تستطيع النشر.} many {بقيت # جملة قبل أن تستطيع النشر.} other {بقيت # جملة قبل أن تستطيع النشر.}}",
  "desk.publishIncomplete": "لم يُنشر: تحتاج كل جملة أولًا إلى ترجمة من شخص.",
  "desk.publishNotPublished": "لم يُنشر: المحتوى نفسه لم يُنشر بعد.",
  "desk.published": "النسخة بـ{language} منشورة الآن.",
  "desk.publishHeld": "حُفظت الترجمات، لكن البوابة ما زالت تحجب النسخة بـ{language}.",
  "desk.livePage": "يرى القرّاء هذه اللغة: افتح الصفحة المنشورة",
  "desk.whole.title": "ترجمها شخص كاملة",
  "desk.whole.intro":
    "وصلت هذه الحقول مترجمة إلى {language} بجمل لا تطابق جمل الأصل: يراها القراء كما كُتبت، لذا لا تظهر جملها أدناه. وتعديل نص الأصل يعيدها إلى هنا جملةً جملة.",
  "desk.empty": "لا توجد في هذا المحتوى جمل للترجمة بعد: لم يمرّ بسلسلة الترجمة.",
} as const satisfies Messages<typeof EN_DESK>;
