import type { Messages } from "../../catalog.js";
import type { EN_QA } from "../en/qa.js";

/** Arabic messages of the automatic translation checks. */
export const AR_QA = {
  "qa.repeated-word": "الكلمة «{word}» مكتوبة مرتين متتاليتين، والأصل لا يكررها.",
  "qa.number-missing": "العدد {number} الوارد في الأصل غير موجود في الترجمة.",
  "qa.number-added": "العدد {number} غير موجود في الأصل.",
  "qa.date-mismatch": "الشهر «{month}» الوارد في الأصل غير موجود في الترجمة.",
  "qa.entity-missing": "«{entity}» (اسم أو اختصار أو عنوان أو رابط من الأصل) غير موجود في الترجمة.",
  "qa.entity-added": "«{entity}» موجود في الترجمة وليس في الأصل.",
  "qa.markup-lost": "رمز التنسيق {id} الوارد في الأصل (رابط أو تشديد أو ما شابه) مفقود.",
  "qa.markup-added": "رمز التنسيق {id} غير موجود في الأصل.",
  "qa.markup-duplicated": "رمز التنسيق {id} يظهر أكثر من مرة.",
  "qa.markup-broken": "رمز التنسيق {id} لا يُغلق في موضعه الصحيح.",
  "qa.markup-order":
    "رموز التنسيق بترتيب مختلف ({found} بدلًا من {expected})؛ تحقق من أن كل رمز يحيط بالكلمات الصحيحة.",
  "qa.glossary-missing": "يترجم المسرد «{term}» إلى «{expected}»، ولا تستخدمه الترجمة.",
  "qa.glossary-translated": "يجب أن يبقى «{term}» كما هو دون ترجمة، لكنه تُرجم.",
  "qa.untranslated-mark": "لم يعرف المحرك الكلمة «{word}» فتركها دون ترجمة.",
  "qa.source-words": "بقيت كلمات من لغة الأصل دون ترجمة: {words}.",
  "qa.unknown-words": "لم يعرف المحرك هذه الكلمات: {words}.",
  "qa.unchanged": "الترجمة مطابقة للأصل.",
  "qa.length-ratio":
    "طول الترجمة {ratio} ضعف طول الأصل، وهذا بعيد عن المعتاد في هذا الزوج من اللغات: ربما سقط جزء أو أُضيف.",
  "qa.punctuation-final-missing":
    "ينتهي الأصل بالعلامة «{mark}»، أما الترجمة فبلا علامة ترقيم في آخرها.",
  "qa.punctuation-final-added": "تنتهي الترجمة بالعلامة «{mark}» والأصل بلا علامة ترقيم في آخره.",
  "qa.punctuation-unbalanced": "علامات {mark} غير متوازنة: تنقص علامة فتح أو إغلاق.",
  "qa.typography-space": "تنقص مسافة غير منقسمة بجوار «{mark}».",
  "qa.typography-nbsp": "استخدم مسافة غير منقسمة بجوار «{mark}» لا مسافة عادية.",
  "qa.typography-inverted": "ينبغي أن تبدأ الجملة بالعلامة «{mark}».",
  "qa.sentence-agreement": "تبدأ الجملة بـ«{words}»، وهما غير متطابقتين (جمع قبل مفرد).",
  "qa.sentence-capital": "الكلمة «{word}» تبدأ بحرف كبير في وسط الجملة: ربما انكسرت جملة هنا.",
  "qa.sentence-lowercase": "تبدأ الترجمة بحرف صغير («{word}») بينما يبدأ الأصل بحرف كبير.",
  "qa.source-word": "«{word}» كلمة من لغة الأصل لا من لغة الترجمة: لم يترجمها المحرك.",
  "qa.pivot-word": "«{word}» كلمة من اللغة الوسيطة للمحرك ({language}) لا من لغة الترجمة.",
  "qa.unknown-word": "لا يعرف أي قاموس للغة الترجمة الكلمة «{word}»: تحقق من إملائها.",
  "qa.empty-target": "الترجمة فارغة.",
  "qa.negation-lost": "الأصل ينفي أمرًا، والترجمة فقدت النفي.",
  "qa.negation-added": "الترجمة تنفي ما يثبته الأصل.",
  "qa.question-lost": "الأصل يطرح سؤالًا والترجمة لا تطرحه.",
  "qa.meaning-unrelated":
    "لكلمات المعنى في الأصل ({total}) ترجمة هنا لـ{found} منها فقط: ربما تقول الجملة شيئًا آخر.",
  "qa.pronoun-after-noun": "«{words}»: ضمير فاعل بعد اسمه مباشرة، جملة مكسورة.",
  "qa.preposition-verb": "«{words}»: حرف جر قبل فعل مصرّف، تركيب مكسور.",
  "qa.elision-missing": "«{words}» يجب إدغامها أو اختصارها (l’، d’، del، al).",
  "qa.article-year": "«{words}»: أداة تعريف ثم سنة ثم اسم، وهو ترتيب الكلمات في الإنجليزية.",
  "qa.informal-address": "«{words}» تخاطب القراء بصيغة غير رسمية (tu، tú، vosotros) في موقع مؤسسة.",
  "qa.capital-midsentence":
    "«{words}» تبدأ بحرف كبير في وسط الجملة مع أنها ليست اسمًا (حرف عطف أو فعل): اكتبها بحرف صغير.",
  "qa.capitalised-adjective":
    "«{words}»: يجب أن تُكتب الصفة بحرف صغير، فالفرنسية لا تكتب بحرف كبير إلا الكلمة الأولى من الاسم.",
  "qa.particle-number":
    "«{words}»: تُرجمت «over» أو «under» قبل عدد بكلمة تدل على المكان بدلًا من «أكثر من» أو «أقل من».",
  "qa.adjective-after-noun": "«{words}»: في الفرنسية تأتي هذه الصفة قبل اسمها لا بعده.",
  "qa.article-missing": "«{words}»: حرف جر قبل اسم بلا أداته، والأرجح أن الأداة سقطت.",
  "qa.bare-noun-start":
    "تبدأ الجملة بـ«{words}»، وهو اسم جمع بلا أداة: ربما سقطت أداة أو انكسرت الجملة.",
  "qa.article-doubled": "«{words}»: الأداة مكتوبة مرتين؛ أبقِ واحدة فقط.",
  "qa.english-possessive":
    "«{words}» بقيت فيها علامة الملكية الإنجليزية (الفاصلة العليا): أعد صياغة العبارة كما تقولها هذه اللغة.",
  "qa.glued-words": "«{word}» عدة كلمات ألصقها المحرك بعضها ببعض: افصل بينها.",
  "qa.rejected-sense":
    "استبدل المراجعون في مواضع أخرى «{word}» بوصفها ترجمة لـ«{source}»: ربما اختار المحرك هنا أيضًا المعنى الخطأ.",
  "qa.vosotros-address": "«{words}» تخاطب القراء بصيغة vosotros، والمؤسسة تخاطبهم بصيغة usted.",
  "qa.imperative-lost": "يعطي الأصل تعليمة والترجمة لا تعطيها («{words}» ليست صيغة أمر).",
  "qa.ser-estar": "«{words}»: التوفّر حالة، ويُعبَّر عنها بالفعل estar («está disponible»).",
  "qa.day-preposition":
    "«{words}»: لا تسبق أيامَ الأسبوع في الإسبانية أداةُ جر («el primer miércoles»).",
  "qa.compound-order":
    "«{words}»: ترتيب مركّب إنجليزي («South Asia Hub»)، والاسم يأتي أولًا («pôle d’Asie du Sud»).",
  "qa.adjective-before-noun":
    "«{words}»: تأتي هذه الصفة بعد موصوفها في الفرنسية والإسبانية («pôles régionaux»).",
  "qa.engine-unproven":
    "{passed, plural, =0 {لم يحكم أحد بعد على ما تنتجه هذه الترجمة الآلية على المسار {route}: محجوزة حتى يقرأها شخص.} zero {على المسار {route}، من الجمل ذات {words} كلمات التي اجتازت كل الفحوص، لم يُحكم بقبول سوى {acceptable} من #: محجوزة حتى يقرأها شخص.} one {على المسار {route}، من الجمل ذات {words} كلمات التي اجتازت كل الفحوص، لم يُحكم بقبول سوى {acceptable} من #: محجوزة حتى يقرأها شخص.} two {على المسار {route}، من الجمل ذات {words} كلمات التي اجتازت كل الفحوص، لم يُحكم بقبول سوى {acceptable} من #: محجوزة حتى يقرأها شخص.} few {على المسار {route}، من الجمل ذات {words} كلمات التي اجتازت كل الفحوص، لم يُحكم بقبول سوى {acceptable} من #: محجوزة حتى يقرأها شخص.} many {على المسار {route}، من الجمل ذات {words} كلمات التي اجتازت كل الفحوص، لم يُحكم بقبول سوى {acceptable} من #: محجوزة حتى يقرأها شخص.} other {على المسار {route}، من الجمل ذات {words} كلمات التي اجتازت كل الفحوص، لم يُحكم بقبول سوى {acceptable} من #: محجوزة حتى يقرأها شخص.}}",
  "qa.subject-added": "«{words}»: تضيف الترجمة فاعلًا ليس في الأصل (عنوان أو تعليمة صارا جملة).",
  "qa.question-added": "«{words}»: تطرح الترجمة سؤالًا لا يطرحه الأصل.",
  "qa.unknown": "وجد الفحص {code} مشكلة.",
} as const satisfies Messages<typeof EN_QA>;
