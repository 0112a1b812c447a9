import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import type { Config } from "../../platform/config.js";
import { ApertiumApyEngine } from "./engines/apertium-apy.js";
import { ApertiumLocalEngine } from "./engines/apertium-local.js";
import { CircuitBreakerEngine } from "./engines/circuit-breaker.js";
import type { LanguagePair, TranslationEngine } from "./engines/engine.js";
import { describeLanguages, type LanguageReport, planRoute } from "./engines/routes.js";
import { ApertiumLexicon, type Lexicon } from "./qa/lexicon/lexicon.js";

/**
 * Names any translation may carry as they are written — the network's places:
 * groups of the forms of one name (a member city in English and in its own
 * language, a country in every site language). The checks never call them
 * foreign words, and each form stands for the others (Pretoria/Tshwane). The
 * composition root (app.ts, cli.ts) gives the network's; translation imports no module.
 */
export type NameSource = (db: Kysely<DB>) => Promise<readonly (readonly string[])[]>;

/** What a runtime is built with besides the configuration and the engine. */
export interface RuntimeOptions {
  /** The dictionaries the checks read; Apertium's installed ones unless given. */
  lexicon?: Lexicon;
  names?: NameSource;
}

/**
 * The configured engine behind a circuit breaker, and the routes it offers
 * between the site's languages. Pairs are read once at start; routes are
 * planned from them (overrides from the configuration win).
 */
export class TranslationRuntime {
  private pairList: LanguagePair[] = [];
  private isLoaded = false;

  /** The dictionaries the checks read (Apertium's analysers and bilingual dictionaries, word lists). */
  readonly lexicon: Lexicon;

  /** Names the checks allow as they are (see NameSource); none unless given. */
  readonly names: NameSource | undefined;

  constructor(
    readonly config: Config,
    readonly engine: TranslationEngine | null,
    options: RuntimeOptions = {},
  ) {
    this.names = options.names;
    this.lexicon =
      options.lexicon ??
      new ApertiumLexicon({
        modesDir: config.translation.apertiumModes,
        timeoutMs: config.translation.timeoutMs,
      });
  }

  /** Builds the engine the configuration names (nothing is started until the first translation). */
  static fromConfig(
    config: Config,
    engine?: TranslationEngine | null,
    options: { names?: NameSource } = {},
  ): TranslationRuntime {
    if (engine !== undefined) return new TranslationRuntime(config, engine, options);
    const { translation } = config;
    let inner: TranslationEngine | null = null;
    if (translation.engine === "apertium") {
      inner = new ApertiumLocalEngine({
        modesDir: translation.apertiumModes,
        timeoutMs: translation.timeoutMs,
      });
    } else if (translation.engine === "apy" && translation.apyUrl) {
      inner = new ApertiumApyEngine({
        baseUrl: translation.apyUrl,
        timeoutMs: translation.timeoutMs,
      });
    }
    return new TranslationRuntime(config, inner && new CircuitBreakerEngine(inner), options);
  }

  /** The name groups of the names source (see NameSource); none without one. */
  async nameGroups(db: Kysely<DB>): Promise<readonly (readonly string[])[]> {
    return (await this.names?.(db)) ?? [];
  }

  /** Reads the pairs the engine offers; an engine that cannot list them offers none (logged by the caller). */
  async load(): Promise<void> {
    try {
      this.pairList = this.engine ? await this.engine.pairs() : [];
    } finally {
      this.isLoaded = true;
    }
  }

  get pairs(): readonly LanguagePair[] {
    return this.pairList;
  }

  get loaded(): boolean {
    return this.isLoaded;
  }

  /** The language path from one language to another, or null when no engine route exists. */
  route(from: string, to: string): string[] | null {
    if (!this.engine) return null;
    return planRoute(
      this.pairList,
      from,
      to,
      this.config.translation.routes,
      this.config.languages,
    );
  }

  /** Whether a translation into `to` can come from the engine (otherwise it waits for people). */
  canTranslate(from: string, to: string): boolean {
    if (!this.isLoaded) return this.engine !== null;
    return this.route(from, to) !== null;
  }

  /** What `civitas languages` prints. */
  describe(): LanguageReport {
    return describeLanguages(this.pairList, this.config.languages, this.config.translation.routes);
  }

  async close(): Promise<void> {
    await this.engine?.close();
    await this.lexicon.close();
  }
}
