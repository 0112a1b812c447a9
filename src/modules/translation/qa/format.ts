import { EN, type MessageKey } from "../../../platform/i18n/catalogs/en.js";
import type { MessageValues } from "../../../platform/i18n/translator.js";
import type { Finding } from "./finding.js";

/** The message function of a translator (`getTranslator(locale).t`). */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * A finding as a sentence in the reviewer's language (`qa.<code>` of the catalogs).
 * A finding stored by another version may lack a value its message names: it is
 * then described by its code, never an error that takes the page down.
 */
export function formatFinding(t: Translate, finding: Finding): string {
  const key = `qa.${finding.code}`;
  if (!isMessageKey(key)) return t("qa.unknown", { code: finding.code });
  try {
    return t(key, finding.params ?? {});
  } catch {
    return t("qa.unknown", { code: finding.code });
  }
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(EN, key);
}
