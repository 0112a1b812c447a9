import type { Messages } from "../../catalog.js";
import type { EN_SEARCH } from "../en/search.js";

/** Arabic strings of the search page, its filters and the suggestions. */
export const AR_SEARCH = {
  "search.tips":
    "يُعثر على الكلمات بجميع صيغها (مدينة، مدن) مع التشكيل أو بدونه. ضع الكلمات بين علامتي تنصيص مزدوجتين للعثور عليها معًا وبالترتيب نفسه.",
  "search.noWords": "لا يحتوي بحثك على حروف أو أرقام للبحث عنها. يُرجى كتابة بضع كلمات.",
  "search.tooManyWords":
    "يحتوي بحثك على كلمات كثيرة جدًا. يُرجى استخدام {max, number} كلمة على الأكثر.",
  "search.filters": "تضييق النتائج",
  "search.facet.kind": "النوع",
  "search.facet.tag": "الموضوع",
  "search.facet.year": "السنة",
  "search.facet.region": "المنطقة",
  "search.facet.clear": "إزالة هذا المرشّح",
  "search.kind.news": "خبر",
  "search.kind.resource": "مورد",
  "search.kind.event": "فعالية",
  "search.kind.page": "صفحة",
  "search.kind.city": "مدينة عضو",
  "search.kind.hub": "مركز إقليمي",
  "search.kind.person": "شخص",
  "search.sourceOnly": "لم تُترجم بعد: معروضة باللغة {language}",
  "search.resultsList": "نتائج البحث",
  "search.suggestions": "اقتراحات",
  "search.seeAll": "جميع النتائج",
  "search.resultsMore": "أكثر من {count, number} نتيجة للبحث عن «{query}»",
  "search.listedOnly":
    "تُعرض أحدث {listed, number} نتيجة، وأولها ما يحمل عنوانه كلماتكم. أضيفوا كلمة أو اختاروا عامل تصفية لتضييق البحث.",
  "search.facetsListed": "تحسب الأعداد النتائج المعروضة فقط.",
} as const satisfies Messages<typeof EN_SEARCH>;
