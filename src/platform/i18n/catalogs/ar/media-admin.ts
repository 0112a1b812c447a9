import type { Messages } from "../../catalog.js";
import type { EN_MEDIA_ADMIN } from "../en/media-admin.js";

/** Arabic strings of the media-admin part of the workspace. */
export const AR_MEDIA_ADMIN = {
  "media.title": "مكتبة الوسائط",
  "media.nav": "الوسائط",
  "media.count":
    "{count, plural, zero {لا توجد ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}",
  "media.search": "البحث بالاسم أو بالنص البديل",
  "media.kind": "الفئة",
  "media.kind.all": "كل الملفات",
  "media.kind.image": "الصور",
  "media.kind.document": "المستندات",
  "media.filter": "عرض",
  "media.empty": "لا توجد ملفات مطابقة.",
  "media.upload.title": "رفع ملف",
  "media.upload.file": "الملف",
  "media.upload.help":
    "صور بصيغة JPEG أو PNG أو WebP أو AVIF بحجم أقصاه {imageSize}، ومستندات PDF بحجم أقصاه {documentSize}. لا تُقبل ملفات SVG.",
  "media.upload.alt": "النص البديل (إلزامي للصور)",
  "media.upload.altHelp": "صِف ما تعرضه الصورة لمن لا يستطيع رؤيتها.",
  "media.upload.submit": "رفع",
  "media.uploaded": "أُضيف «{name}» إلى المكتبة.",
  "media.alt": "النص البديل",
  "media.alt.save": "حفظ النص البديل",
  "media.alt.none": "لا يوجد نص بديل",
  "media.dimensions": "{width} × {height} بكسل",
  "media.size": "الحجم",
  "media.type": "النوع",
  "media.open": "فتح",
  "media.url": "العنوان (URL)",
  "media.markdown": "صيغة Markdown لنص المادة",
  "media.copyMarkdown": "نسخ صيغة Markdown",
  "media.copied": "نُسخ",
  "media.chooseAgain": "لم يُحفظ شيء: بعد تصحيح ذلك، اختر الملف من جديد وارفعه.",
  "media.delete": "حذف",
  "media.delete.label": "حذف «{name}»",
  "media.error.unsupported_file":
    "رُفض هذا الملف: لا يمكن رفع سوى صور JPEG وPNG وWebP وAVIF ومستندات PDF، أيًّا كان ما يوحي به اسم الملف.",
  "media.error.file_too_large":
    "هذا الملف كبير جدًا: الحد الأقصى للصور {imageSize}، ولمستندات PDF {documentSize}.",
  "media.error.alt_required": "صِف الصورة في نصها البديل قبل حفظها.",
  "media.error.no_file": "اختر ملفًا لرفعه.",
  "media.error.media_in_use": "لا يمكن حذف هذا الملف ما دامت العناصر التالية تستخدمه:",
  "media.usage.hero": "{title} ({type}، النسخة {number}): الصورة الرئيسية",
  "media.usage.attachment": "{title} ({type}، النسخة {number}): مستند مرفق",
} as const satisfies Messages<typeof EN_MEDIA_ADMIN>;
