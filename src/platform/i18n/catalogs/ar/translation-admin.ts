import type { Messages } from "../../catalog.js";
import type { EN_TRANSLATION_ADMIN } from "../en/translation-admin.js";

/** Arabic strings of the workspace's translation pages. */
export const AR_TRANSLATION_ADMIN = {
  "translationAdmin.nav": "الترجمات",
  "translationAdmin.title": "الترجمات",
  "translationAdmin.progress": "التقدّم حسب اللغة",
  "translationAdmin.progressLine":
    "ترجمة آلية: {machine}، مُراجَعة: {reviewed}، محجوزة للمراجعة: {flagged}، في الانتظار: {waiting}",
  "translationAdmin.item": "المحتوى",
  "translationAdmin.status.source": "الأصل",
  "translationAdmin.status.awaiting": "في الانتظار: لا مترجم بعد",
  "translationAdmin.status.pending": "قيد الترجمة",
  "translationAdmin.status.outdated": "قديمة",
  "translationAdmin.status.flagged": "محجوزة للمراجعة",
  "translationAdmin.status.machine": "ترجمة آلية",
  "translationAdmin.status.reviewed": "مُراجَعة",
  "translationAdmin.openReview": "فتح في محرر المراجعة",
  "translationAdmin.held.review": "محجوزة للمراجعة: يجب مراجعة كل جملة قبل النشر.",
  "translationAdmin.held.errors1":
    "محجوزة للمراجعة: {sentences, plural, zero {لا جمل فيها أخطاء} one {جملة واحدة فيها أخطاء} two {جملتان فيهما أخطاء} few {# جمل فيها أخطاء} many {# جملة فيها أخطاء} other {# جملة فيها أخطاء}} — {first}.",
  "translationAdmin.held.errors2":
    "محجوزة للمراجعة: {sentences, plural, zero {لا جمل فيها أخطاء} one {جملة واحدة فيها أخطاء} two {جملتان فيهما أخطاء} few {# جمل فيها أخطاء} many {# جملة فيها أخطاء} other {# جملة فيها أخطاء}} — {first}، {second}.",
  "translationAdmin.held.errors3":
    "محجوزة للمراجعة: {sentences, plural, zero {لا جمل فيها أخطاء} one {جملة واحدة فيها أخطاء} two {جملتان فيهما أخطاء} few {# جمل فيها أخطاء} many {# جملة فيها أخطاء} other {# جملة فيها أخطاء}} — {first}، {second}، {third}.",
  "translationAdmin.held.errorsMore":
    "محجوزة للمراجعة: {sentences, plural, zero {لا جمل فيها أخطاء} one {جملة واحدة فيها أخطاء} two {جملتان فيهما أخطاء} few {# جمل فيها أخطاء} many {# جملة فيها أخطاء} other {# جملة فيها أخطاء}} — {first}، {second}، {third} وأنواع أخرى.",
  "translationAdmin.held.unlabelled":
    "{count, plural, zero {لا مشكلات وجدها الفحص {code}} one {مشكلة واحدة وجدها الفحص {code}} two {مشكلتان وجدهما الفحص {code}} few {# مشكلات وجدها الفحص {code}} many {# مشكلة وجدها الفحص {code}} other {# مشكلة وجدها الفحص {code}}}",
  "qa.label.repeated-word":
    "{count, plural, zero {لا كلمات مكررة} one {كلمة مكررة واحدة} two {كلمتان مكررتان} few {# كلمات مكررة} many {# كلمة مكررة} other {# كلمة مكررة}}",
  "qa.label.number-missing":
    "{count, plural, zero {لا أعداد ناقصة} one {عدد ناقص واحد} two {عددان ناقصان} few {# أعداد ناقصة} many {# عددًا ناقصًا} other {# عدد ناقص}}",
  "qa.label.number-added":
    "{count, plural, zero {لا أعداد مضافة} one {عدد مضاف واحد} two {عددان مضافان} few {# أعداد مضافة} many {# عددًا مضافًا} other {# عدد مضاف}}",
  "qa.label.date-mismatch":
    "{count, plural, zero {لا أشهر خاطئة} one {شهر خاطئ واحد} two {شهران خاطئان} few {# أشهر خاطئة} many {# شهرًا خاطئًا} other {# شهر خاطئ}}",
  "qa.label.entity-missing":
    "{count, plural, zero {لا أسماء أو روابط ناقصة} one {اسم أو رابط ناقص واحد} two {اسمان أو رابطان ناقصان} few {# أسماء أو روابط ناقصة} many {# اسمًا أو رابطًا ناقصًا} other {# اسم أو رابط ناقص}}",
  "qa.label.entity-added":
    "{count, plural, zero {لا أسماء أو روابط مضافة} one {اسم أو رابط مضاف واحد} two {اسمان أو رابطان مضافان} few {# أسماء أو روابط مضافة} many {# اسمًا أو رابطًا مضافًا} other {# اسم أو رابط مضاف}}",
  "qa.label.markup-lost":
    "{count, plural, zero {لا رموز تنسيق مفقودة} one {رمز تنسيق مفقود واحد} two {رمزا تنسيق مفقودان} few {# رموز تنسيق مفقودة} many {# رمز تنسيق مفقودًا} other {# رمز تنسيق مفقود}}",
  "qa.label.markup-added":
    "{count, plural, zero {لا رموز تنسيق مضافة} one {رمز تنسيق مضاف واحد} two {رمزا تنسيق مضافان} few {# رموز تنسيق مضافة} many {# رمز تنسيق مضافًا} other {# رمز تنسيق مضاف}}",
  "qa.label.markup-duplicated":
    "{count, plural, zero {لا رموز تنسيق مكررة} one {رمز تنسيق مكرر واحد} two {رمزا تنسيق مكرران} few {# رموز تنسيق مكررة} many {# رمز تنسيق مكررًا} other {# رمز تنسيق مكرر}}",
  "qa.label.markup-broken":
    "{count, plural, zero {لا رموز تنسيق غير مغلقة} one {رمز تنسيق واحد غير مغلق} two {رمزا تنسيق غير مغلقين} few {# رموز تنسيق غير مغلقة} many {# رمز تنسيق غير مغلق} other {# رمز تنسيق غير مغلق}}",
  "qa.label.markup-order":
    "{count, plural, zero {لا جمل رموز تنسيقها بترتيب مختلف} one {جملة واحدة رموز تنسيقها بترتيب مختلف} two {جملتان رموز تنسيقهما بترتيب مختلف} few {# جمل رموز تنسيقها بترتيب مختلف} many {# جملة رموز تنسيقها بترتيب مختلف} other {# جملة رموز تنسيقها بترتيب مختلف}}",
  "qa.label.glossary-missing":
    "{count, plural, zero {لا مصطلحات من المسرد لم تُستخدم} one {مصطلح واحد من المسرد لم يُستخدم} two {مصطلحان من المسرد لم يُستخدما} few {# مصطلحات من المسرد لم تُستخدم} many {# مصطلحًا من المسرد لم يُستخدم} other {# مصطلح من المسرد لم يُستخدم}}",
  "qa.label.glossary-translated":
    "{count, plural, zero {لا مصطلحات تُرجمت وكان يجب أن تبقى كما هي} one {مصطلح واحد تُرجم وكان يجب أن يبقى كما هو} two {مصطلحان تُرجما وكان يجب أن يبقيا كما هما} few {# مصطلحات تُرجمت وكان يجب أن تبقى كما هي} many {# مصطلحًا تُرجم وكان يجب أن يبقى كما هو} other {# مصطلح تُرجم وكان يجب أن يبقى كما هو}}",
  "qa.label.glossary-forbidden":
    "{count, plural, zero {لا مصطلحات ممنوعة مستعملة} one {مصطلح ممنوع واحد مستعمل} two {مصطلحان ممنوعان مستعملان} few {# مصطلحات ممنوعة مستعملة} many {# مصطلحًا ممنوعًا مستعملًا} other {# مصطلح ممنوع مستعمل}}",
  "qa.label.untranslated-mark":
    "{count, plural, zero {لا كلمات تركها المحرك دون ترجمة} one {كلمة واحدة تركها المحرك دون ترجمة} two {كلمتان تركهما المحرك دون ترجمة} few {# كلمات تركها المحرك دون ترجمة} many {# كلمة تركها المحرك دون ترجمة} other {# كلمة تركها المحرك دون ترجمة}}",
  "qa.label.source-words":
    "{count, plural, zero {لا جمل فيها كلمات بلغة الأصل} one {جملة واحدة فيها كلمات بلغة الأصل} two {جملتان فيهما كلمات بلغة الأصل} few {# جمل فيها كلمات بلغة الأصل} many {# جملة فيها كلمات بلغة الأصل} other {# جملة فيها كلمات بلغة الأصل}}",
  "qa.label.unknown-words":
    "{count, plural, zero {لا جمل فيها كلمات لم يعرفها المحرك} one {جملة واحدة فيها كلمات لم يعرفها المحرك} two {جملتان فيهما كلمات لم يعرفها المحرك} few {# جمل فيها كلمات لم يعرفها المحرك} many {# جملة فيها كلمات لم يعرفها المحرك} other {# جملة فيها كلمات لم يعرفها المحرك}}",
  "qa.label.unchanged":
    "{count, plural, zero {لا جمل مطابقة للأصل} one {جملة واحدة مطابقة للأصل} two {جملتان مطابقتان للأصل} few {# جمل مطابقة للأصل} many {# جملة مطابقة للأصل} other {# جملة مطابقة للأصل}}",
  "qa.label.length-ratio":
    "{count, plural, zero {لا جمل طولها غير معتاد} one {جملة واحدة طولها غير معتاد} two {جملتان طولهما غير معتاد} few {# جمل طولها غير معتاد} many {# جملة طولها غير معتاد} other {# جملة طولها غير معتاد}}",
  "qa.label.punctuation-final-missing":
    "{count, plural, zero {لا علامات ترقيم ختامية ناقصة} one {علامة ترقيم ختامية ناقصة واحدة} two {علامتا ترقيم ختاميتان ناقصتان} few {# علامات ترقيم ختامية ناقصة} many {# علامة ترقيم ختامية ناقصة} other {# علامة ترقيم ختامية ناقصة}}",
  "qa.label.punctuation-final-added":
    "{count, plural, zero {لا علامات ترقيم ختامية مضافة} one {علامة ترقيم ختامية مضافة واحدة} two {علامتا ترقيم ختاميتان مضافتان} few {# علامات ترقيم ختامية مضافة} many {# علامة ترقيم ختامية مضافة} other {# علامة ترقيم ختامية مضافة}}",
  "qa.label.punctuation-unbalanced":
    "{count, plural, zero {لا أقواس أو علامات تنصيص بلا نظير} one {قوس أو علامة تنصيص واحدة بلا نظير} two {قوسان أو علامتا تنصيص بلا نظير} few {# أقواس أو علامات تنصيص بلا نظير} many {# قوسًا أو علامة تنصيص بلا نظير} other {# قوس أو علامة تنصيص بلا نظير}}",
  "qa.label.typography-space":
    "{count, plural, zero {لا مسافات غير منقسمة ناقصة} one {مسافة غير منقسمة ناقصة واحدة} two {مسافتان غير منقسمتين ناقصتان} few {# مسافات غير منقسمة ناقصة} many {# مسافة غير منقسمة ناقصة} other {# مسافة غير منقسمة ناقصة}}",
  "qa.label.typography-nbsp":
    "{count, plural, zero {لا مسافات عادية مكان مسافات غير منقسمة} one {مسافة عادية واحدة مكان مسافة غير منقسمة} two {مسافتان عاديتان مكان مسافتين غير منقسمتين} few {# مسافات عادية مكان مسافات غير منقسمة} many {# مسافة عادية مكان مسافة غير منقسمة} other {# مسافة عادية مكان مسافة غير منقسمة}}",
  "qa.label.typography-inverted":
    "{count, plural, zero {لا أسئلة أو تعجبات بلا علامتها الافتتاحية ¿ أو ¡} one {سؤال أو تعجب واحد بلا علامته الافتتاحية ¿ أو ¡} two {سؤالان أو تعجبان بلا علامتهما الافتتاحية ¿ أو ¡} few {# أسئلة أو تعجبات بلا علامتها الافتتاحية ¿ أو ¡} many {# سؤالًا أو تعجبًا بلا علامته الافتتاحية ¿ أو ¡} other {# سؤال أو تعجب بلا علامته الافتتاحية ¿ أو ¡}}",
  "qa.label.sentence-agreement":
    "{count, plural, zero {لا جمل تبدأ بكلمتين غير متطابقتين} one {جملة واحدة تبدأ بكلمتين غير متطابقتين} two {جملتان تبدآن بكلمتين غير متطابقتين} few {# جمل تبدأ بكلمتين غير متطابقتين} many {# جملة تبدأ بكلمتين غير متطابقتين} other {# جملة تبدأ بكلمتين غير متطابقتين}}",
  "qa.label.sentence-capital":
    "{count, plural, zero {لا أحرف كبيرة في وسط الجمل} one {حرف كبير واحد في وسط جملة} two {حرفان كبيران في وسط الجمل} few {# أحرف كبيرة في وسط الجمل} many {# حرفًا كبيرًا في وسط الجمل} other {# حرف كبير في وسط الجمل}}",
  "qa.label.sentence-lowercase":
    "{count, plural, zero {لا جمل تبدأ بحرف صغير} one {جملة واحدة تبدأ بحرف صغير} two {جملتان تبدآن بحرف صغير} few {# جمل تبدأ بحرف صغير} many {# جملة تبدأ بحرف صغير} other {# جملة تبدأ بحرف صغير}}",
  "qa.label.source-word":
    "{count, plural, zero {لا كلمات بقيت بلغة الأصل} one {كلمة واحدة بقيت بلغة الأصل} two {كلمتان بقيتا بلغة الأصل} few {# كلمات بقيت بلغة الأصل} many {# كلمة بقيت بلغة الأصل} other {# كلمة بقيت بلغة الأصل}}",
  "qa.label.pivot-word":
    "{count, plural, zero {لا كلمات من اللغة الوسيطة للمحرك} one {كلمة واحدة من اللغة الوسيطة للمحرك} two {كلمتان من اللغة الوسيطة للمحرك} few {# كلمات من اللغة الوسيطة للمحرك} many {# كلمة من اللغة الوسيطة للمحرك} other {# كلمة من اللغة الوسيطة للمحرك}}",
  "qa.label.unknown-word":
    "{count, plural, zero {لا كلمات لا يعرفها أي قاموس} one {كلمة واحدة لا يعرفها أي قاموس} two {كلمتان لا يعرفهما أي قاموس} few {# كلمات لا يعرفها أي قاموس} many {# كلمة لا يعرفها أي قاموس} other {# كلمة لا يعرفها أي قاموس}}",
  "qa.label.empty-target":
    "{count, plural, zero {لا ترجمات فارغة} one {ترجمة فارغة واحدة} two {ترجمتان فارغتان} few {# ترجمات فارغة} many {# ترجمة فارغة} other {# ترجمة فارغة}}",
  "qa.label.negation-lost":
    "{count, plural, zero {لا حالات نفي مفقودة} one {حالة نفي مفقودة واحدة} two {حالتا نفي مفقودتان} few {# حالات نفي مفقودة} many {# حالة نفي مفقودة} other {# حالة نفي مفقودة}}",
  "qa.label.negation-added":
    "{count, plural, zero {لا حالات نفي مضافة} one {حالة نفي مضافة واحدة} two {حالتا نفي مضافتان} few {# حالات نفي مضافة} many {# حالة نفي مضافة} other {# حالة نفي مضافة}}",
  "qa.label.question-lost":
    "{count, plural, zero {لا أسئلة صارت خبرًا} one {سؤال واحد صار خبرًا} two {سؤالان صارا خبرًا} few {# أسئلة صارت خبرًا} many {# سؤالًا صار خبرًا} other {# سؤال صار خبرًا}}",
  "qa.label.meaning-unrelated":
    "{count, plural, zero {لا جمل قد تقول شيئًا آخر} one {جملة واحدة قد تقول شيئًا آخر} two {جملتان قد تقولان شيئًا آخر} few {# جمل قد تقول شيئًا آخر} many {# جملة قد تقول شيئًا آخر} other {# جملة قد تقول شيئًا آخر}}",
  "qa.label.pronoun-after-noun":
    "{count, plural, zero {لا ضمائر بعد أسمائها مباشرة} one {ضمير واحد بعد اسمه مباشرة} two {ضميران بعد اسميهما مباشرة} few {# ضمائر بعد أسمائها مباشرة} many {# ضميرًا بعد اسمه مباشرة} other {# ضمير بعد اسمه مباشرة}}",
  "qa.label.preposition-verb":
    "{count, plural, zero {لا حروف جر قبل أفعال مصرّفة} one {حرف جر واحد قبل فعل مصرّف} two {حرفا جر قبل فعلين مصرّفين} few {# حروف جر قبل أفعال مصرّفة} many {# حرف جر قبل فعل مصرّف} other {# حرف جر قبل فعل مصرّف}}",
  "qa.label.elision-missing":
    "{count, plural, zero {لا حالات دمج ناقصة} one {حالة دمج ناقصة واحدة} two {حالتا دمج ناقصتان} few {# حالات دمج ناقصة} many {# حالة دمج ناقصة} other {# حالة دمج ناقصة}}",
  "qa.label.article-year":
    "{count, plural, zero {لا عبارات بترتيب الكلمات الإنجليزي (أداة، سنة، اسم)} one {عبارة واحدة بترتيب الكلمات الإنجليزي (أداة، سنة، اسم)} two {عبارتان بترتيب الكلمات الإنجليزي (أداة، سنة، اسم)} few {# عبارات بترتيب الكلمات الإنجليزي (أداة، سنة، اسم)} many {# عبارة بترتيب الكلمات الإنجليزي (أداة، سنة، اسم)} other {# عبارة بترتيب الكلمات الإنجليزي (أداة، سنة، اسم)}}",
  "qa.label.informal-address":
    "{count, plural, zero {لا مخاطبات غير رسمية للقراء} one {مخاطبة غير رسمية واحدة للقراء} two {مخاطبتان غير رسميتين للقراء} few {# مخاطبات غير رسمية للقراء} many {# مخاطبة غير رسمية للقراء} other {# مخاطبة غير رسمية للقراء}}",
  "qa.label.capital-midsentence":
    "{count, plural, zero {لا حروف عطف أو أفعال بحرف كبير في وسط الجمل} one {حرف عطف أو فعل واحد بحرف كبير في وسط جملة} two {حرفا عطف أو فعلان بحرف كبير في وسط الجمل} few {# حروف عطف أو أفعال بحرف كبير في وسط الجمل} many {# حرف عطف أو فعلًا بحرف كبير في وسط الجمل} other {# حرف عطف أو فعل بحرف كبير في وسط الجمل}}",
  "qa.label.capitalised-adjective":
    "{count, plural, zero {لا صفات بحرف كبير في الأسماء} one {صفة واحدة بحرف كبير في اسم} two {صفتان بحرف كبير في الأسماء} few {# صفات بحرف كبير في الأسماء} many {# صفة بحرف كبير في الأسماء} other {# صفة بحرف كبير في الأسماء}}",
  "qa.label.particle-number":
    "{count, plural, zero {لا كلمات مكان قبل الأعداد} one {كلمة مكان واحدة قبل عدد} two {كلمتا مكان قبل الأعداد} few {# كلمات مكان قبل الأعداد} many {# كلمة مكان قبل الأعداد} other {# كلمة مكان قبل الأعداد}}",
  "qa.label.adjective-after-noun":
    "{count, plural, zero {لا صفات بعد أسمائها} one {صفة واحدة بعد اسمها} two {صفتان بعد اسميهما} few {# صفات بعد أسمائها} many {# صفة بعد اسمها} other {# صفة بعد اسمها}}",
  "qa.label.article-missing":
    "{count, plural, zero {لا أدوات ناقصة} one {أداة ناقصة واحدة} two {أداتان ناقصتان} few {# أدوات ناقصة} many {# أداة ناقصة} other {# أداة ناقصة}}",
  "qa.label.bare-noun-start":
    "{count, plural, zero {لا جمل تبدأ باسم بلا أداة} one {جملة واحدة تبدأ باسم بلا أداة} two {جملتان تبدآن باسم بلا أداة} few {# جمل تبدأ باسم بلا أداة} many {# جملة تبدأ باسم بلا أداة} other {# جملة تبدأ باسم بلا أداة}}",
  "qa.label.article-doubled":
    "{count, plural, zero {لا أدوات مكتوبة مرتين} one {أداة واحدة مكتوبة مرتين} two {أداتان مكتوبتان مرتين} few {# أدوات مكتوبة مرتين} many {# أداة مكتوبة مرتين} other {# أداة مكتوبة مرتين}}",
  "qa.label.vosotros-address":
    "{count, plural, zero {لا صيغ vosotros} one {صيغة vosotros واحدة} two {صيغتا vosotros} few {# صيغ vosotros} many {# صيغة vosotros} other {# صيغة vosotros}}",
  "qa.label.imperative-lost":
    "{count, plural, zero {لا تعليمات صارت إخبارًا} one {تعليمة واحدة صارت إخبارًا} two {تعليمتان صارتا إخبارًا} few {# تعليمات صارت إخبارًا} many {# تعليمة صارت إخبارًا} other {# تعليمة صارت إخبارًا}}",
  "qa.label.ser-estar":
    "{count, plural, zero {لا استعمال لـ ser مكان estar} one {استعمال واحد لـ ser مكان estar} two {استعمالان لـ ser مكان estar} few {# استعمالات لـ ser مكان estar} many {# استعمالًا لـ ser مكان estar} other {# استعمال لـ ser مكان estar}}",
  "qa.label.day-preposition":
    "{count, plural, zero {لا أدوات جر قبل يوم} one {أداة جر واحدة قبل يوم} two {أداتا جر قبل يوم} few {# أدوات جر قبل يوم} many {# أداة جر قبل يوم} other {# أداة جر قبل يوم}}",
  "qa.label.compound-order":
    "{count, plural, zero {لا ترتيب مركّب إنجليزي} one {ترتيب مركّب إنجليزي واحد} two {ترتيبا مركّب إنجليزي} few {# ترتيبات مركّب إنجليزي} many {# ترتيبًا مركّبًا إنجليزيًا} other {# ترتيب مركّب إنجليزي}}",
  "qa.label.adjective-before-noun":
    "{count, plural, zero {لا صفات قبل موصوفها} one {صفة واحدة قبل موصوفها} two {صفتان قبل موصوفهما} few {# صفات قبل موصوفها} many {# صفة قبل موصوفها} other {# صفة قبل موصوفها}}",
  "qa.label.engine-unproven":
    "{count, plural, zero {لا جمل آلية بانتظار القراءة} one {جملة آلية واحدة بانتظار القراءة} two {جملتان آليتان بانتظار القراءة} few {# جمل آلية بانتظار القراءة} many {# جملة آلية بانتظار القراءة} other {# جملة آلية بانتظار القراءة}}",
  "qa.label.subject-added":
    "{count, plural, zero {لا فواعل مضافة} one {فاعل واحد مضاف} two {فاعلان مضافان} few {# فواعل مضافة} many {# فاعلًا مضافًا} other {# فاعل مضاف}}",
  "qa.label.question-added":
    "{count, plural, zero {لا أسئلة مضافة} one {سؤال واحد مضاف} two {سؤالان مضافان} few {# أسئلة مضافة} many {# سؤالًا مضافًا} other {# سؤال مضاف}}",
  "qa.label.english-possessive":
    "{count, plural, zero {لا علامات ملكية إنجليزية} one {علامة ملكية إنجليزية واحدة} two {علامتا ملكية إنجليزية} few {# علامات ملكية إنجليزية} many {# علامة ملكية إنجليزية} other {# علامة ملكية إنجليزية}}",
  "qa.label.glued-words":
    "{count, plural, zero {لا كلمات ملتصقة} one {مجموعة واحدة من الكلمات الملتصقة} two {مجموعتان من الكلمات الملتصقة} few {# مجموعات من الكلمات الملتصقة} many {# مجموعة من الكلمات الملتصقة} other {# مجموعة من الكلمات الملتصقة}}",
  "qa.label.rejected-sense":
    "{count, plural, zero {لا كلمات استبدلها المراجعون في مواضع أخرى} one {كلمة واحدة استبدلها المراجعون في مواضع أخرى} two {كلمتان استبدلهما المراجعون في مواضع أخرى} few {# كلمات استبدلها المراجعون في مواضع أخرى} many {# كلمة استبدلها المراجعون في مواضع أخرى} other {# كلمة استبدلها المراجعون في مواضع أخرى}}",
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
