/**
 * Whether a word, as {@link words} gives it (folded: lower case, no accents,
 * no Arabic diacritics), is a stop word of a language: an article,
 * preposition, pronoun, conjunction or auxiliary that a query can do without.
 * Languages without a list have no stop words.
 */
export function isStopWord(word: string, lang: string): boolean {
  return STOP_WORDS.get(lang)?.has(word) ?? false;
}

/**
 * The stop words of each language, hand-written and already folded. Left out
 * on purpose: words that are also common content words in a city network's
 * news (en "us" the US, "may" the month, "will"; fr "été" summer, "car"
 * coach, "or" gold, "sommes" sums; es "era", "bajo", "solo"), and Arabic
 * spellings that another word shares once folded (علي, the name Ali, is not
 * على). Only queries drop them: the index keeps every word, for phrases.
 */
export const STOP_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    "en",
    list(`
      a about above after again against all also am an and any are as at be because been
      before being below between both but by can could did do does doing down during each
      either else ever every few for from further had has have having he her here hers
      herself him himself his how however i if in into is it its itself just me more most
      much must my myself neither no nor not now of off on once only onto or other our ours
      ourselves out over own per same shall she should since so some such than that the their
      theirs them themselves then there these they this those though through thus to too
      toward towards under unless until up upon very via was we were what whatever when where
      whether which while who whom whose why with within without would yet you your yours
      yourself yourselves s t d ll m re ve
    `),
  ],
  [
    "fr",
    list(`
      a ai aie ainsi alors apres as au aucun aucune auquel aupres aura aurai auraient aurait
      auront aussi autre autres aux auxquels auxquelles avaient avais avait avant avec avez
      aviez avions avoir avons ayant c ca ce ceci cela celle celles celui cependant ces cet
      cette ceux chacun chacune chaque chez comme comment contre d dans de depuis des desquels
      desquelles donc dont du duquel elle elles en encore entre es est et etaient etais etait
      etant etes etre eu eux fut hors il ils j je jusqu jusque l la laquelle le lequel les
      lesquels lesquelles leur leurs lors lorsque lui m ma mais me meme memes mes moi mon n
      ne ni nos notre nous on ont ou par parce parmi pas pendant peu peut peuvent plus pour
      pourquoi puis qu quand que quel quelle quelles quels qui quoi s sa sans se selon sera
      serai seraient serait seront ses si sien sienne soi soient soit son sont sous suis sur
      t ta te tes toi ton tous tout toute toutes tres tu un une unes uns vers voici voila vos
      votre vous y
    `),
  ],
  [
    "es",
    list(`
      a al algo alguna algunas alguno algunos ante antes aquel aquella aquellas aquello
      aquellos aqui asi aun aunque cada como con contra cual cuales cualquier cuando cuyo cuya
      cuyos cuyas de del desde donde durante e el ella ellas ello ellos en entonces entre eran
      eres es esa esas ese eso esos esta estaba estaban estamos estan estar estas este
      esto estos estoy fue fueron ha haber habia habian hace han has hasta hay he hemos hacia
      la las le les lo los me mas mediante mi mientras mis misma mismo muy ni no nos nosotras
      nosotros nuestra nuestras nuestro nuestros o os otra otras otro otros para pero poco
      por porque que quien quienes se sea sean segun ser sera seran seria si sido siendo sin
      sino sobre somos son soy su sus tal tambien tan tanto te ti todo toda todas todos
      tras tu tus u un una unas uno unos usted ustedes vosotros y ya yo
    `),
  ],
  [
    "ar",
    list(`
      في من الى على عن مع حتى منذ خلال بين عند عندما لدى نحو ضد دون حول قبل بعد فوق تحت امام
      عبر ضمن الذي التي الذين اللذان اللتان اللواتي اللاتي هذا هذه هذان هاتان هولاء ذلك تلك
      اوليك هنا هناك هو هي هم هن هما انا نحن انت انتم انتن ان انه انها انهم كان كانت كانوا
      يكون تكون ليس ليست لم لن لا ما ماذا متى اين كيف لماذا هل قد لقد او ام ثم بل لكن
      كل بعض اي اذا اذ لو كما مثل ايضا عليه عليها فيه فيها منه منها له لها لهم به بها الا
      حيث لان كي لكي سوف تم يتم كذلك اما و ف ب ل ك يا وهو وهي وفي ومن وعلى وان الان
    `),
  ],
]);

function list(text: string): ReadonlySet<string> {
  return new Set(text.trim().split(/\s+/));
}
