import type { Kysely } from "kysely";
import type { DB } from "../../../database.js";
import { createProgress } from "../../../platform/cli/progress.js";
import type { Config } from "../../../platform/config.js";
import { networkPlaceNames } from "./place-names.js";
import { TranslationRuntime } from "../../translation/pipeline/index.js";
import { translateAllNetworkTexts } from "./translate-network.service.js";

/**
 * Translates every text of the network now with a progress bar on stderr and
 * a summary line on stdout: what `civitas demo` and `civitas translate` run
 * after the content's translations.
 */
export async function runNetworkTranslations(
  db: Kysely<DB>,
  config: Config,
  filter: { languages?: readonly string[] } = {},
): Promise<void> {
  const runtime = TranslationRuntime.fromConfig(config, undefined, {
    names: networkPlaceNames(config.languages),
  });
  const progress = createProgress("Translating the network");
  try {
    await runtime.load();
    const result = await translateAllNetworkTexts(
      { db, config, runtime, now: () => new Date() },
      {
        languages: filter.languages,
        onProgress: (done, total, label) => progress.update(done, total, label),
      },
    );
    progress.done();
    console.log(
      `Network: ${result.texts} text(s) in ${result.rows} record(s); ${result.stored} translation(s) stored.`,
    );
  } finally {
    await runtime.close();
  }
}
