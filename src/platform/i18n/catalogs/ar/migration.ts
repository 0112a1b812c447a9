import type { Messages } from "../../catalog.js";
import type { EN_MIGRATION } from "../en/migration.js";

/** Arabic strings of the WordPress import page and its report. */
export const AR_MIGRATION = {
  "migration.wordpress.title": "الاستيراد من ووردبريس",
  "migration.wordpress.help":
    "ارفع الملف الذي ينشئه ووردبريس من أدوات ← تصدير (WXR). تصبح المقالات أخبارًا والصفحات صفحات، وتصبح الترجمات المنجزة بـ Polylang أو WPML نسخًا لغوية، وتظل العناوين القديمة تعمل. استيراد الملف نفسه مرة أخرى لا يغيّر شيئًا. تُقرأ الصور والمستندات من ملف ZIP لمجلد wp-content/uploads إن أضفته؛ وبدونه تُذكر على أنها مفقودة.",
  "migration.wordpress.file": "ملف تصدير ووردبريس (.xml)",
  "migration.wordpress.uploads": "مجلد الوسائط بصيغة ZIP (اختياري)",
  "migration.wordpress.uploadsHint":
    "اضغط مجلد wp-content/uploads لموقع ووردبريس. لا يُقرأ منه إلا الصور والمستندات التي تستخدمها المقالات.",
  "migration.wordpress.badArchive": "لا يمكن استخدام ملف ZIP للوسائط: {detail}. لم يُستورد أي شيء.",
  "migration.wordpress.dryRun": "اعرض فقط ما سيُستورد",
  "migration.wordpress.submit": "استيراد",
  "migration.wordpress.noFile": "اختر ملف تصدير من ووردبريس.",
  "migration.wordpress.unreadable": "لا يمكن استيراد هذا الملف: {detail}",
  "migration.wordpress.summary":
    "{dryRun, select, yes {سيُستورد} other {استُورد}}: {items, plural, zero {لا محتوى} one {محتوى واحد} two {محتويان} few {# محتويات} many {# محتوى} other {# محتوى}} ({created} جديد، {updated} معدَّل، {unchanged} دون تغيير)، {translations, plural, zero {لا ترجمات} one {ترجمة واحدة} two {ترجمتان} few {# ترجمات} many {# ترجمة} other {# ترجمة}}، {tags, plural, zero {لا وسوم} one {وسم واحد} two {وسمان} few {# وسوم} many {# وسمًا} other {# وسم}}، {files, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}، {redirects, plural, zero {لا عناوين قديمة} one {عنوان قديم واحد} two {عنوانان قديمان} few {# عناوين قديمة} many {# عنوانًا قديمًا} other {# عنوان قديم}}.",
  "migration.wordpress.comments":
    "{count, plural, zero {لم يُستورد أي تعليق} one {لم يُستورد تعليق واحد} two {لم يُستورد تعليقان} few {لم تُستورد # تعليقات} many {لم يُستورد # تعليقًا} other {لم يُستورد # تعليق}}: لا تعليقات في الموقع.",
  "migration.wordpress.skipped": "لم يُستورد",
  "migration.wordpress.notes": "ملاحظات",
  "migration.wordpress.post": "محتوى ووردبريس رقم {id}",
  "migration.code.skipped_type": "لا مكان في الموقع لهذا النوع من محتوى ووردبريس ({detail})",
  "migration.code.skipped_status": "في سلة المهملات أو مسودة غير محفوظة ({detail})",
  "migration.code.skipped_revision": "مراجعة قديمة؛ لا يُستورد إلا النص الحالي",
  "migration.code.skipped_menu_item":
    "عنصر قائمة لم يُستورد: ليس في Civitas قوائم تُملأ (يُبنى التنقّل فيه من أنواع المحتوى واللغات)",
  "migration.code.skipped_language": "مكتوب بلغة لا ينشر بها الموقع ({detail})",
  "migration.code.attachment_without_file": "وسيط بلا عنوان ملف صالح ({detail})",
  "migration.code.attachment_missing": "الملف غير موجود في مجلد uploads ({detail})",
  "migration.code.attachment_unsupported":
    "الملف ليس صورة JPEG أو PNG أو WebP أو AVIF ولا ملف PDF، أو أنه كبير جدًا ({detail})",
  "migration.code.image_missing": "لم يُعثر على صورة في النص، فصارت رابطًا ({detail})",
  "migration.code.embed_link": "صار مشغّل مضمَّن رابطًا ({detail})",
  "migration.code.shortcode": "رموز ووردبريس المختصرة أُبقيت نصًا ({detail})",
  "migration.code.kept_html": "أُبقي بصيغة HTML لأن Markdown لا يعبّر عنه ({detail})",
  "migration.code.private_as_draft": "خاص في ووردبريس، لذا استُورد مسودةً",
  "migration.code.date_missing": "لا تاريخ نشر؛ يُستخدم تاريخ اليوم",
  "migration.code.slug_changed": "كان عنوانه مستخدمًا، فصار {detail}",
  "migration.code.tags_truncated": "{detail} تصنيفًا ووسمًا؛ أُبقي أول 30 منها",
  "migration.code.title_missing": "بلا عنوان؛ سُمّي {detail}",
  "migration.code.control_characters": "أُزيل {detail} من محارف التحكم أو الاتجاه غير المرئية",
  "migration.code.summary_truncated": "اختُصر المقتطف إلى 2000 محرف",
  "migration.code.translation_aligned": "تُعلّمت الترجمة البشرية جملةً جملة ({detail})",
  "migration.code.translation_whole":
    "حُفظت الترجمة البشرية كاملة: جملها لا تطابق جمل الأصل، فتعرضها الصفحة كما كُتبت ({detail})",
  "migration.code.tag_translation_unpaired":
    "لم تُنقل وسوم هذه النسخة: لا تربطها أي مجموعة ترجمة مصطلحات بوسوم الأصل ({detail})",
  "migration.code.comments_not_imported": "لم يُستورد {detail} تعليقًا",
} as const satisfies Messages<typeof EN_MIGRATION>;
