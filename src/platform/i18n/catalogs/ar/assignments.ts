import type { Messages } from "../../catalog.js";
import type { EN_ASSIGNMENTS } from "../en/assignments.js";

/** Arabic strings of translation assignments and their e-mails. */
export const AR_ASSIGNMENTS = {
  "assign.title": "إسناد ترجمة",
  "assign.subject": "«{title}» باللغة {language}",
  "assign.link": "إسناد",
  "assign.assignee": "المترجم",
  "assign.dueAt": "الموعد النهائي",
  "assign.dueHint": "تاريخ ووقت بحسب منطقتك الزمنية.",
  "assign.submit": "إسناد",
  "assign.reassign": "إعادة الإسناد",
  "assign.cancel": "إلغاء الإسناد",
  "assign.markDone": "وضع علامة «منجز»",
  "assign.current": "أُسندت إلى {name}، والموعد النهائي {due}",
  "assign.currentShort": "أُسندت إلى {name}",
  "assign.error.past": "هذا التاريخ قد مضى: اختر موعدًا نهائيًا في المستقبل.",
  "assign.error.date": "أدخل تاريخ الموعد النهائي ووقته.",
  "assign.error.assignee": "اختر مترجمًا من القائمة.",
  "assign.error.language": "لا يمكن إسناد هذا العنصر بهذه اللغة.",
  "assign.notice.assigned": "أُسندت الترجمة إلى {name}.",
  "assign.notice.cancelled": "أُلغي الإسناد.",
  "assign.notice.done": "أُغلق الإسناد على أنه منجز.",
  "myQueue.title": "ترجماتي",
  "myQueue.none": "لا توجد ترجمة مسندة إليك.",
  "myQueue.item": "العنصر",
  "myQueue.language": "اللغة",
  "myQueue.due": "الموعد النهائي",
  "myQueue.progress": "التقدم",
  "myQueue.progressValue":
    "{done} من {total, plural, zero {# جملة} one {جملة واحدة} two {جملتين} few {# جمل} many {# جملة} other {# جملة}}",
  "myQueue.overdue": "متأخرة",
  "myQueue.complete": "مكتملة",
  "myQueue.open": "فتح مكتب الترجمة",
  "myQueue.dashboard":
    "{count, plural, =0 {لا توجد ترجمة مسندة إليك.} zero {لا توجد ترجمة مسندة إليك.} one {أُسندت إليك ترجمة واحدة.} two {أُسندت إليك ترجمتان.} few {أُسندت إليك # ترجمات.} many {أُسندت إليك # ترجمة.} other {أُسندت إليك # ترجمة.}}",
  "myQueue.dashboardOverdue":
    "{count, plural, zero {لا شيء منها متأخر.} one {واحدة منها متأخرة.} two {اثنتان منها متأخرتان.} few {# منها متأخرة.} many {# منها متأخرة.} other {# منها متأخرة.}}",
  "mail.greeting": "مرحبًا {name}،",
  "mail.assigned.subject": "ترجمة مطلوبة: {title} ({language})",
  "mail.assigned.body": "طُلب منك ترجمة «{title}» إلى {language}. الموعد النهائي هو {due}.",
  "mail.assigned.link": "افتحها في مكتب الترجمة:",
  "mail.completed.subject": "اكتملت الترجمة: {title} ({language})",
  "mail.completed.body":
    "أصبحت كل جمل «{title}» باللغة {language} مترجمة أو مراجعة من قِبل شخص ({total, plural, zero {# جملة} one {جملة واحدة} two {جملتان} few {# جمل} many {# جملة} other {# جملة}}).",
  "mail.completed.link": "اطّلع عليها في مكتب الترجمة:",
  "mail.signature": "— فريق {site}",
  "engines.title": "محركات الترجمة",
  "engines.cloudWarning":
    "تستخدم بعض الأزواج محركًا سحابيًا: نص كل جملة تترجمها يغادر هذا الخادم ويُرسَل إلى تلك الخدمة.",
  "engines.pair": "الاتجاه",
  "engines.pairValue": "{from} → {to}",
  "engines.engine": "المحرك",
  "engines.where": "إلى أين يذهب النص",
  "engines.local": "يبقى على هذا الخادم",
  "engines.cloud": "يغادر هذا الخادم (سحابة)",
  "engines.budget": "ميزانية هذا الشهر",
  "engines.noBudget": "{used, number} حرف، بلا حد",
  "engines.budgetUse": "{used, number} من {budget, number} حرف ({percent}٪)",
  "engines.measured": "الجودة المقيسة",
  "engines.evaluation":
    "{engine}: chrF {chrF, number, ::.0}، {held, number, ::percent} محتجزة ({sentences, plural, zero {# جملة} one {جملة واحدة} two {جملتان} few {# جمل} many {# جملة} other {# جملة}}، {date})",
  "engines.notMeasured": "لم تُقَس بعد. شغّل: {command}",
  "engines.measuredNote":
    "chrF: مدى قرب ناتج المحرك من الترجمات البشرية (من 0 إلى 100، والأعلى أفضل). محتجزة: نسبة الجمل التي سيُبقيها فحص الجودة خارج الموقع حتى يراجعها أحد.",
  "account.title": "حسابك",
  "account.language": "لغتك",
  "account.siteLanguage": "لغة الموقع ({language})",
  "account.languageHint":
    "تُعرض مساحة العمل بهذه اللغة، وتُكتب بها رسائل البريد الإلكتروني المتعلقة بالترجمات المسندة إليك أو المكتملة.",
  "account.save": "حفظ",
  "account.saved": "تم حفظ تفضيلاتك.",
} as const satisfies Messages<typeof EN_ASSIGNMENTS>;
