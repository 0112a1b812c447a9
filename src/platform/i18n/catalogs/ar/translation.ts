import type { Messages } from "../../catalog.js";
import type { EN_TRANSLATION } from "../en/translation.js";

// Language names are the bare adjectives (الفرنسية), so “اللغة {language}” reads
// “اللغة الفرنسية”; no prefix is glued to an interpolated name.

/** Arabic strings telling readers in which language they read a page, and the language switcher. */
export const AR_TRANSLATION = {
  "translation.notice.machine": "تُرجمت هذه الصفحة آليًا من اللغة {language}، وقد تحتوي على أخطاء.",
  "translation.notice.reviewed": "تُرجمت هذه الصفحة من اللغة {language}، ورُوجعت ترجمتها.",
  "translation.notice.awaiting":
    "هذه الصفحة غير متاحة باللغة {language} بعد، لذا نعرضها بلغتها الأصلية ({sourceLanguage}) إلى أن تُترجَم.",
  "translation.notice.updating":
    "تجري الآن ترجمة نسخة جديدة من هذه الصفحة، وما تقرؤه هو الترجمة السابقة.",
  "translation.notice.pending":
    "تجري الآن ترجمة هذه الصفحة إلى اللغة {language}. أنت تقرأ النص الأصلي باللغة {sourceLanguage}.",
  "translation.notice.held":
    "ترجمة هذه الصفحة إلى اللغة {language} بانتظار مراجع. أنت تقرأ النص الأصلي باللغة {sourceLanguage}.",
  "translation.notice.partialMachine":
    "تُرجم جزء من هذه الصفحة آليًا من اللغة {sourceLanguage}، وقد يحتوي على أخطاء. أما الباقي فنعرضه بلغته الأصلية ({sourceLanguage}) إلى أن تكتمل ترجمته إلى اللغة {language}.",
  "translation.notice.partial":
    "جزء من هذه الصفحة مترجم من اللغة {sourceLanguage}. أما الباقي فنعرضه بلغته الأصلية ({sourceLanguage}) إلى أن تكتمل ترجمته إلى اللغة {language}.",
  "translation.notice.original": "اقرأ النص الأصلي ({language})",
  "translation.notice.report": "الإبلاغ عن خطأ في الترجمة",
  "translation.notice.label": "لغة هذه الصفحة",
  "language.switcher.label": "اللغات",
  "language.switcher.current": "{language} (اللغة الحالية)",
  "language.switcher.state.original": "النص الأصلي",
  "language.switcher.state.machine": "ترجمة آلية",
  "language.switcher.state.reviewed": "ترجمة مُراجَعة",
  "language.switcher.state.untranslated": "باللغة {language} حاليًا",
  "language.name.en": "الإنجليزية",
  "language.name.fr": "الفرنسية",
  "language.name.es": "الإسبانية",
  "language.name.ar": "العربية",
  "language.name.ca": "الكتالونية",
} as const satisfies Messages<typeof EN_TRANSLATION>;
