import type { Messages } from "../../catalog.js";
import type { EN_EXCHANGE } from "../en/exchange.js";

/** Arabic strings of the translation memory and glossary file exchange. */
export const AR_EXCHANGE = {
  "exchange.memory.title": "ذاكرة الترجمة (TMX)",
  "exchange.memory.intro":
    "تبادل ذاكرة الترجمة مع أدوات الترجمة الأخرى بصيغة TMX 1.4b. تُعدّ الترجمات المستوردة ترجماتٍ راجعها شخص؛ وإذا كانت الذاكرة تترجم جملةً ترجمةً مختلفة فإنها تبقى كما هي.",
  "exchange.memory.download": "التنزيل",
  "exchange.memory.downloadHuman": "الترجمات المُراجَعة (TMX)",
  "exchange.memory.downloadAll": "كل الترجمات، ومنها الترجمة الآلية (TMX)",
  "exchange.memory.upload": "استيراد ملف TMX",
  "exchange.memory.uploadHint":
    "من TMX 1.1 إلى 1.4b، بترميز UTF-8 أو UTF-16 أو بترميز مُصرَّح به؛ 50 ميغابايت على الأكثر. لا يُستورد شيء إذا تعذّرت قراءة الملف.",
  "exchange.file": "الملف",
  "exchange.importSubmit": "استيراد",
  "exchange.noFile": "اختر ملفًا لاستيراده.",
  "exchange.refused": "لم يُستورد الملف: {message}",
  "exchange.report.title": "تقرير الاستيراد",
  "exchange.report.memory":
    "الوحدات المقروءة: {read}. الترجمات المضافة: {added}. الموجودة في الذاكرة من قبل: {unchanged}.",
  "exchange.report.flagged":
    "{count, plural, zero {لم تُخفق أي ترجمة مضافة} one {أخفقت ترجمة مضافة واحدة} two {أخفقت ترجمتان مضافتان} few {أخفقت # ترجمات مضافة} many {أخفقت # ترجمة مضافة} other {أخفقت # ترجمة مضافة}} في عمليات التحقق: تُحفظ في الذاكرة ولكن ليس كترجمات مُراجَعة، فتنتظر الصفحة التي تستخدم إحداها حتى يراجعها شخص في «مراجعة الترجمات».",
  "exchange.report.flaggedListed": "أول {listed} منها مدرجة أدناه.",
  "exchange.flagged.language": "اللغة",
  "exchange.flagged.source": "الأصل",
  "exchange.flagged.target": "الترجمة",
  "exchange.flagged.checks": "عمليات التحقق غير المستوفاة",
  "exchange.report.glossary":
    "المُدخلات المقروءة: {read}. المصطلحات: {terms} — المضافة: {added}، المعدّلة: {updated}، غير المتغيّرة: {unchanged}.",
  "exchange.report.skipped": "المُستبعَد: {count} ({reason})",
  "exchange.reason.language-not-on-site": "لغة لا يُنشر بها الموقع",
  "exchange.reason.same-language": "اللغة نفسها التي كُتب بها الأصل",
  "exchange.reason.no-source": "لا نصّ بلغة الأصل، أو لا ترجمة",
  "exchange.reason.unreadable": "مقطع تعذّرت قراءته",
  "exchange.reason.empty": "مقطع فارغ",
  "exchange.reason.codes-mismatch": "رموز تنسيق تختلف عن رموز الأصل",
  "exchange.reason.duplicate-in-file": "مكرّر في الملف",
  "exchange.reason.memory-differs": "في الذاكرة ترجمة أخرى (أُبقيت)",
  "exchange.reason.no-source-term": "مفهوم بلا مصطلح بلغة الأصل",
  "exchange.reason.no-translation": "مفهوم بلا مصطلح بلغة أخرى من لغات الموقع",
  "exchange.reason.invalid": "مصطلح طويل جدًا أو غير صالح",
  "exchange.back": "العودة إلى المسرد",
  "exchange.glossary.download": "تنزيل المسرد",
  "exchange.glossary.downloadTbx": "TBX (صيغة TBX-Basic)",
  "exchange.glossary.downloadCsv": "CSV (جدول بيانات)",
  "exchange.glossary.upload": "استيراد ملف TBX أو CSV",
  "exchange.glossary.uploadHint":
    "يحتفظ ملف TBX (بصيغة martif أو TBX 2019) بالحالات (مفضَّل، مقبول، مهجور) وبالملاحظات والتعريفات. أعمدة CSV هي: source_language وtarget_language وsource وtarget وstatus وpart_of_speech وdefinition وnote (العمودان source وtarget وحدهما إلزاميان، وتنطبق عندئذ اللغة الهدف المختارة أعلاه). لا يُستورد شيء إذا تعذّرت قراءة الملف.",
  "exchange.glossary.status": "الحالة",
  "exchange.status.preferred": "مفضَّل",
  "exchange.status.admitted": "مقبول",
  "exchange.status.deprecated": "مهجور (ممنوع)",
  "exchange.status.superseded": "مُستبدَل (ممنوع)",
} as const satisfies Messages<typeof EN_EXCHANGE>;
