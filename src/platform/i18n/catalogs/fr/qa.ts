import type { Messages } from "../../catalog.js";
import type { EN_QA } from "../en/qa.js";

/** French messages of the automatic translation checks. */
export const FR_QA = {
  "qa.repeated-word":
    "Le mot «\u00a0{word}\u00a0» est écrit deux fois de suite\u00a0; l’original ne le répète pas.",
  "qa.number-missing": "Le nombre {number} de l’original manque dans la traduction.",
  "qa.number-added": "Le nombre {number} ne figure pas dans l’original.",
  "qa.date-mismatch": "Le mois «\u00a0{month}\u00a0» de l’original manque dans la traduction.",
  "qa.entity-missing":
    "«\u00a0{entity}\u00a0» (nom, sigle, adresse ou lien de l’original) manque dans la traduction.",
  "qa.entity-added": "«\u00a0{entity}\u00a0» figure dans la traduction mais pas dans l’original.",
  "qa.markup-lost": "Le code de mise en forme {id} de l’original (lien, emphase…) a disparu.",
  "qa.markup-added": "Le code de mise en forme {id} ne figure pas dans l’original.",
  "qa.markup-duplicated": "Le code de mise en forme {id} apparaît plusieurs fois.",
  "qa.markup-broken": "Le code de mise en forme {id} n’est pas fermé au bon endroit.",
  "qa.markup-order":
    "Les codes de mise en forme sont dans un autre ordre ({found} au lieu de {expected})\u202f; vérifiez que chacun entoure les bons mots.",
  "qa.glossary-missing":
    "Le glossaire traduit «\u00a0{term}\u00a0» par «\u00a0{expected}\u00a0», que la traduction n’emploie pas.",
  "qa.glossary-translated":
    "«\u00a0{term}\u00a0» doit rester tel quel (ne pas traduire), mais il a été traduit.",
  "qa.glossary-forbidden":
    "Le glossaire proscrit «\u00a0{term}\u00a0» (terme déconseillé) pour traduire «\u00a0{source}\u00a0».",
  "qa.untranslated-mark":
    "Le moteur ne connaissait pas «\u00a0{word}\u00a0» et l’a laissé tel quel.",
  "qa.source-words": "Des mots de la langue d’origine n’ont pas été traduits\u00a0: {words}.",
  "qa.unknown-words": "Le moteur ne connaissait pas ces mots\u00a0: {words}.",
  "qa.unchanged": "La traduction est identique à l’original.",
  "qa.length-ratio":
    "La traduction fait {ratio} fois la longueur de l’original, loin de l’habituel pour cette paire de langues\u00a0: une partie manque ou a été ajoutée.",
  "qa.punctuation-final-missing":
    "L’original se termine par «\u00a0{mark}\u00a0»\u202f; la traduction n’a pas de ponctuation finale.",
  "qa.punctuation-final-added":
    "La traduction se termine par «\u00a0{mark}\u00a0» mais l’original n’a pas de ponctuation finale.",
  "qa.punctuation-unbalanced": "{mark} déséquilibrés\u00a0: il manque un signe ouvrant ou fermant.",
  "qa.typography-space": "Il manque une espace insécable à côté de «\u00a0{mark}\u00a0».",
  "qa.typography-nbsp":
    "Mettez une espace insécable à côté de «\u00a0{mark}\u00a0», pas une espace ordinaire.",
  "qa.typography-inverted": "La phrase devrait commencer par «\u00a0{mark}\u00a0».",
  "qa.sentence-agreement":
    "La phrase commence par «\u00a0{words}\u00a0», qui ne s’accordent pas (un pluriel devant un singulier).",
  "qa.sentence-capital":
    "«\u00a0{word}\u00a0» porte une majuscule en milieu de phrase\u00a0: une phrase est peut-être cassée ici.",
  "qa.sentence-lowercase":
    "La traduction commence par une minuscule («\u00a0{word}\u00a0») alors que l’original commence par une majuscule.",
  "qa.source-word":
    "« {word} » est un mot de la langue de l’original, pas de la traduction : le moteur ne l’a pas traduit.",
  "qa.pivot-word":
    "« {word} » est un mot de la langue intermédiaire du moteur ({language}), pas de la traduction.",
  "qa.unknown-word":
    "Aucun dictionnaire de la langue de la traduction ne connaît « {word} » : vérifiez l’orthographe.",
  "qa.empty-target": "La traduction est vide.",
  "qa.negation-lost": "L’original nie quelque chose ; la traduction a perdu la négation.",
  "qa.negation-added": "La traduction nie ce que l’original affirme.",
  "qa.question-lost": "L’original pose une question ; la traduction non.",
  "qa.meaning-unrelated":
    "Seuls {found} des {total} mots pleins de l’original ont une traduction ici : la phrase dit peut-être autre chose.",
  "qa.pronoun-after-noun": "« {words} » : un pronom sujet juste après son nom, une phrase cassée.",
  "qa.preposition-verb":
    "« {words} » : une préposition devant un verbe conjugué, une construction cassée.",
  "qa.elision-missing": "« {words} » devrait être élidé ou contracté (l’, d’, del, al).",
  "qa.article-year": "« {words} » : article, puis année, puis nom — l’ordre des mots de l’anglais.",
  "qa.informal-address":
    "« {words} » tutoie les lecteurs (tu, tú, vosotros) sur le site d’une institution.",
  "qa.capital-midsentence":
    "«\u00a0{words}\u00a0» porte une majuscule en milieu de phrase mais n’est pas un nom (conjonction ou verbe)\u00a0: écrivez-le en minuscule.",
  "qa.capitalised-adjective":
    "«\u00a0{words}\u00a0»\u00a0: l’adjectif prend une minuscule, car le français ne met la majuscule qu’au premier mot d’un nom.",
  "qa.particle-number":
    "«\u00a0{words}\u00a0»\u00a0: «\u00a0over\u00a0» ou «\u00a0under\u00a0» devant un nombre a été traduit par un mot de lieu au lieu de «\u00a0plus de\u00a0» ou «\u00a0moins de\u00a0».",
  "qa.adjective-after-noun":
    "«\u00a0{words}\u00a0»\u00a0: en français, cet adjectif se place avant son nom, pas après.",
  "qa.article-missing":
    "«\u00a0{words}\u00a0»\u00a0: une préposition devant un nom sans son article\u00a0; l’article manque sans doute.",
  "qa.bare-noun-start":
    "La phrase commence par «\u00a0{words}\u00a0», un nom pluriel sans article\u00a0: un article manque sans doute, ou la phrase est cassée.",
  "qa.article-doubled":
    "«\u00a0{words}\u00a0»\u00a0: l’article est écrit deux fois\u00a0; n’en gardez qu’un.",
  "qa.english-possessive":
    "«\u00a0{words}\u00a0» garde l’apostrophe d’un possessif anglais\u00a0: reformulez le groupe comme le dit cette langue.",
  "qa.glued-words":
    "«\u00a0{word}\u00a0» réunit plusieurs mots que le moteur a collés\u00a0: séparez-les.",
  "qa.rejected-sense":
    "Ailleurs, les relecteurs ont remplacé «\u00a0{word}\u00a0» comme traduction de «\u00a0{source}\u00a0»\u00a0: le moteur a sans doute choisi ici aussi le mauvais sens.",
  "qa.vosotros-address":
    "« {words} » s’adresse aux lecteurs avec vosotros ; une institution les vouvoie (usted).",
  "qa.imperative-lost":
    "L’original donne une consigne ; la traduction non (« {words} » n’est pas un impératif).",
  "qa.ser-estar":
    "« {words} » : la disponibilité est un état, qui se dit avec estar (« está disponible »).",
  "qa.day-preposition":
    "« {words} » : en espagnol, les jours ne prennent pas de préposition (« el primer miércoles »).",
  "qa.compound-order":
    "« {words} » : l’ordre d’un composé anglais (« South Asia Hub ») ; le nom vient d’abord (« pôle d’Asie du Sud »).",
  "qa.adjective-before-noun":
    "« {words} » : cet adjectif se place après son nom (« pôles régionaux »).",
  "qa.engine-unproven":
    "{passed, plural, =0 {Personne n’a encore jugé ce que cette traduction automatique produit sur {route} : retenu jusqu’à ce qu’une personne le relise.} one {Sur {route}, de la seule phrase jugée de {words} mots qui passait toutes les vérifications, {acceptable, plural, =0 {aucune n’a été jugée acceptable} one {une seule a été jugée acceptable} many {seules # ont été jugées acceptables} other {seules # ont été jugées acceptables}} : retenu jusqu’à ce qu’une personne le relise.} many {Sur {route}, des # phrases jugées de {words} mots qui passaient toutes les vérifications, {acceptable, plural, =0 {aucune n’a été jugée acceptable} one {une seule a été jugée acceptable} many {seules # ont été jugées acceptables} other {seules # ont été jugées acceptables}} : retenu jusqu’à ce qu’une personne le relise.} other {Sur {route}, des # phrases jugées de {words} mots qui passaient toutes les vérifications, {acceptable, plural, =0 {aucune n’a été jugée acceptable} one {une seule a été jugée acceptable} many {seules # ont été jugées acceptables} other {seules # ont été jugées acceptables}} : retenu jusqu’à ce qu’une personne le relise.}}",
  "qa.subject-added":
    "« {words} » : la traduction ajoute un sujet que l’original n’a pas (un titre ou une consigne devenu phrase).",
  "qa.question-added": "« {words} » : la traduction pose une question que l’original ne pose pas.",
  "qa.unknown": "Le contrôle {code} a trouvé un problème.",
} as const satisfies Messages<typeof EN_QA>;
