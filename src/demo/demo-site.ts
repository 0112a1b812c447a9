import type { Kysely } from "kysely";
import type { DB } from "../database.js";
import { networkPlaceNames } from "../modules/network/translation/place-names.js";
import { runNetworkTranslations } from "../modules/network/translation/translate-network.cli.js";
import { searchEngineOf } from "../modules/search/engines.js";
import { rebuildIndex } from "../modules/search/indexer.service.js";
import { runTranslations, summarize } from "../modules/translation/translation.cli.js";
import type { Config } from "../platform/config.js";
import { type LoadDemoOptions, loadDemo } from "./load-demo.js";

/**
 * What `civitas demo` builds: the demo network loaded, translated into every
 * language an engine serves (content and network texts) and indexed for
 * search — what a server's job worker would do over the next minutes, done
 * now. Idempotent like each of its steps.
 */
export async function buildDemoSite(
  db: Kysely<DB>,
  config: Config,
  log: (line: string) => void = () => undefined,
  demo: Pick<LoadDemoOptions, "drawImage" | "prepareImage"> = {},
): Promise<void> {
  const report = await loadDemo(db, { ...demo, config, now: new Date(), log });
  log(
    `Demo network: ${report.created} item(s) created, ${report.updated} updated, ${report.unchanged} unchanged.\n`,
  );
  const translated = await runTranslations(db, config, {}, networkPlaceNames(config.languages));
  log(`${summarize(translated.revisions, translated.outcomes)}\n`);
  await runNetworkTranslations(db, config);
  const indexed = await rebuildIndex({
    db,
    engine: searchEngineOf(db),
    config,
    now: () => new Date(),
  });
  log(`Search index: ${indexed.documents} document(s).\n`);
}
