import type { Messages } from "../../catalog.js";
import type { EN_XLIFF } from "../en/xliff.js";

/** Arabic strings of the workspace's XLIFF page. */
export const AR_XLIFF = {
  "xliff.title": "ملفات XLIFF للمترجمين",
  "xliff.help":
    "نزّل ملف لغة ما، وترجم الجمل في أداة الترجمة لديك، ثم ارفعه هنا. تُفحص كل جملة (نصها الأصلي وروابطها وتنسيقها والفحوص التلقائية) قبل حفظها.",
  "xliff.download": "الجمل التي تنتظر الترجمة إلى {language}",
  "xliff.download12": "XLIFF 1.2 (للأدوات الأقدم)",
  "xliff.upload": "رفع ملف مترجم",
  "xliff.file": "ملف XLIFF",
  "xliff.dryRun": "الفحص فقط دون حفظ أي شيء",
  "xliff.submit": "استيراد",
  "xliff.noFile": "اختر ملفًا لاستيراده.",
  "xliff.refusedFile": "رُفض الملف بأكمله ولم يُحفظ أي شيء: {reason}",
  "xliff.summary":
    "المقبولة: {accepted}، المرفوضة: {refused}، غير المترجمة: {untranslated}؛ الصفحات المحدّثة: {pages}.",
  "xliff.summaryDry":
    "فحص فقط: ستُقبل {accepted}، المرفوضة: {refused}، غير المترجمة: {untranslated}. لم يُحفظ أي شيء.",
  "xliff.col.unit": "الجملة",
  "xliff.col.result": "النتيجة",
  "xliff.status.accepted": "مقبولة",
  "xliff.status.refused": "مرفوضة",
  "xliff.status.untranslated": "غير مترجمة",
  "xliff.reason.unknownUnit": "لا توجد جملة في الموقع بهذا المعرّف في هذه اللغة",
  "xliff.reason.sourceChanged": "تغيّر النص الأصلي منذ التصدير",
  "xliff.reason.codes": "الروابط أو التنسيق لا تطابق الأصل ({detail})",
  "xliff.reason.refusedByDesk": "رُفضت عند الحفظ: {detail}",
  "xliff.held": "حُفظت، وأوقفتها الفحوص: {codes}",
} as const satisfies Messages<typeof EN_XLIFF>;
