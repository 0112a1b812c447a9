import type { Config, LocaleCode } from "../config.js";
import { NotFoundError } from "../errors.js";
import { getTranslator, type Translator } from "./translator.js";

/** The translator of a site language taken from a URL; a language the site does not publish is a 404. */
export function translatorFor(
  ctx: { config: Pick<Config, "languages"> },
  lang: string,
): Translator {
  if (!(ctx.config.languages as readonly string[]).includes(lang)) throw new NotFoundError();
  return getTranslator(lang as LocaleCode);
}
