import type { Messages } from "../../catalog.js";
import type { EN_TRANSLATION_ADMIN } from "../en/translation-admin.js";

/** Arabic strings of the workspace's translation pages. */
export const AR_TRANSLATION_ADMIN = {
  "translationAdmin.nav": "الترجمات",
  "translationAdmin.title": "الترجمات",
  "translationAdmin.progress": "التقدّم حسب اللغة",
  "translationAdmin.progressLine":
    "ترجمة آلية: {machine}، مُراجَعة: {reviewed}، محجوزة: {flagged}، في الانتظار: {waiting}",
  "translationAdmin.item": "المحتوى",
  "translationAdmin.status.source": "الأصل",
  "translationAdmin.status.awaiting": "في انتظار مترجم",
  "translationAdmin.status.pending": "قيد الترجمة",
  "translationAdmin.status.outdated": "قديمة",
  "translationAdmin.status.flagged": "محجوزة للمراجعة",
  "translationAdmin.status.machine": "ترجمة آلية",
  "translationAdmin.status.reviewed": "مُراجَعة",
  "glossary.title": "المسرد",
  "glossary.intro":
    "تُترجَم المصطلحات المدرجة هنا دائمًا بالطريقة نفسها؛ أما المصطلحات التي لا ترجمة لها فلا تُترجَم أبدًا (الأسماء والاختصارات).",
  "glossary.notice.added": "حُفظ المصطلح.",
  "glossary.notice.deleted": "حُذف المصطلح.",
  "glossary.notice.imported":
    "{count, plural, zero {لم يُستورد أي مصطلح.} one {استُورد مصطلح واحد.} two {استُورد مصطلحان.} few {استُوردت # مصطلحات.} many {استُورد # مصطلحًا.} other {استُورد # مصطلح.}}",
  "glossary.add": "إضافة مصطلح أو تعديله",
  "glossary.targetLanguage": "اللغة",
  "glossary.sourceTerm": "المصطلح",
  "glossary.targetTerm": "الترجمة",
  "glossary.targetTermHint": "اتركه فارغًا للمصطلح الذي لا يجوز ترجمته أبدًا.",
  "glossary.note": "ملاحظة",
  "glossary.save": "حفظ المصطلح",
  "glossary.terms":
    "{count, plural, zero {لا توجد مصطلحات بعد} one {مصطلح واحد} two {مصطلحان} few {# مصطلحات} many {# مصطلحًا} other {# مصطلح}}",
  "glossary.actions": "الإجراءات",
  "glossary.everyLanguage": "كل اللغات (بلا ترجمة)",
  "glossary.doNotTranslate": "بلا ترجمة",
  "glossary.delete": "حذف",
  "glossary.deleteTerm": "حذف المصطلح {term}",
  "glossary.import": "الاستيراد من ملف CSV",
  "glossary.csv": "نص CSV",
  "glossary.csvHint":
    "السطر الأول: source,target,note. مصطلح واحد في كل سطر؛ والترجمة الفارغة تعني «بلا ترجمة». لا يُستورد شيء إذا كان أحد الأسطر خاطئًا.",
  "glossary.importSubmit": "استيراد",
} as const satisfies Messages<typeof EN_TRANSLATION_ADMIN>;
