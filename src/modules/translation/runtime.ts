import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import { type Config, type EngineName, isCloudEngine } from "../../platform/config.js";
import { ApertiumApyEngine } from "./engines/apertium-apy.js";
import { ApertiumLocalEngine } from "./engines/apertium-local.js";
import { CircuitBreakerEngine } from "./engines/circuit-breaker.js";
import { DeepLEngine } from "./engines/deepl.js";
import { type LanguagePair, type TranslationEngine, pairKey } from "./engines/engine.js";
import { LibreTranslateEngine } from "./engines/libretranslate.js";
import { OpenAiChatEngine } from "./engines/openai-chat.js";
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
  /** Engines other than Apertium by configured name (tests give stand-ins; fromConfig builds them). */
  engines?: ReadonlyMap<EngineName, TranslationEngine>;
}

/** Which engine serves a direction and whether its text leaves the server. */
export interface PairEngine {
  /** The configured name: "apertium", "libretranslate", "deepl", "llm". */
  name: EngineName;
  engine: TranslationEngine | null;
  /** The text goes off this server (DeepL, or an engine whose URL is not local or private). */
  isCloud: boolean;
}

/**
 * The configured engine behind a circuit breaker, and the routes it offers
 * between the site's languages. Pairs are read once at start; routes are
 * planned from them (overrides from the configuration win).
 */
export class TranslationRuntime {
  private pairList: LanguagePair[] = [];
  private readonly otherPairs = new Map<EngineName, LanguagePair[]>();
  private isLoaded = false;

  /** The engines other than Apertium the configuration gives pairs to. */
  readonly engines: ReadonlyMap<EngineName, TranslationEngine>;

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
    this.engines = options.engines ?? new Map();
    this.lexicon =
      options.lexicon ??
      new ApertiumLexicon({
        modesDir: config.translation.apertiumModes,
        timeoutMs: config.translation.timeoutMs,
      });
  }

  /**
   * Builds the engines the configuration names, each behind a circuit
   * breaker (nothing is started until the first translation); a given engine
   * replaces Apertium and no other engine is built (tests).
   */
  static fromConfig(
    config: Config,
    engine?: TranslationEngine | null,
    options: { names?: NameSource } = {},
  ): TranslationRuntime {
    if (engine !== undefined) return new TranslationRuntime(config, engine, options);
    const engines = new Map<EngineName, TranslationEngine>();
    for (const name of new Set(Object.values(config.translation.engines))) {
      const built = buildEngine(config, name);
      if (built) engines.set(name, new CircuitBreakerEngine(built));
    }
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
    return new TranslationRuntime(config, inner && new CircuitBreakerEngine(inner), {
      ...options,
      engines,
    });
  }

  /** The engine the configuration gives a direction: its rule, else "*", else Apertium. */
  engineFor(from: string, to: string): PairEngine {
    const rules = this.config.translation.engines;
    const name = rules[pairKey(from, to)] ?? rules["*"] ?? "apertium";
    if (name === "apertium") return { name, engine: this.engine, isCloud: false };
    const settings = this.config.translation[name];
    return {
      name,
      engine: this.engines.get(name) ?? null,
      isCloud: isCloudEngine(name, settings && "url" in settings ? settings.url : undefined),
    };
  }

  /** The name groups of the names source (see NameSource); none without one. */
  async nameGroups(db: Kysely<DB>): Promise<readonly (readonly string[])[]> {
    return (await this.names?.(db)) ?? [];
  }

  /** Reads the pairs the engine offers; an engine that cannot list them offers none (logged by the caller). */
  async load(): Promise<void> {
    try {
      for (const [name, engine] of this.engines) {
        // An engine that cannot list its pairs serves none until the next start; Apertium's failure is the caller's to log.
        this.otherPairs.set(name, await engine.pairs().catch(() => []));
      }
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

  /**
   * The language path from one language to another, or null when no engine
   * route exists: an engine other than Apertium translates its directions
   * directly (when it offers them); Apertium plans routes through pivots.
   */
  route(from: string, to: string): string[] | null {
    const chosen = this.engineFor(from, to);
    if (chosen.name !== "apertium") {
      if (!chosen.engine) return null;
      if (!this.isLoaded) return [from, to];
      const offered = this.otherPairs.get(chosen.name) ?? [];
      return offered.some((p) => p.from === from && p.to === to) ? [from, to] : null;
    }
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

  /** What `civitas languages` prints: Apertium's report, each direction with the engine serving it. */
  describe(): LanguageReport & { engines: EngineOfDirection[] } {
    const report = describeLanguages(
      this.pairList,
      this.config.languages,
      this.config.translation.routes,
    );
    const routes = report.routes.map((entry) => {
      const chosen = this.engineFor(entry.from, entry.to);
      if (chosen.name === "apertium") return entry;
      const route = this.route(entry.from, entry.to);
      return { ...entry, route, isDirect: route !== null, figures: null };
    });
    const engines = report.routes.map((entry) => {
      const chosen = this.engineFor(entry.from, entry.to);
      return { from: entry.from, to: entry.to, engine: chosen.name, isCloud: chosen.isCloud };
    });
    return { ...report, routes, engines };
  }

  async close(): Promise<void> {
    for (const engine of this.engines.values()) await engine.close();
    await this.engine?.close();
    await this.lexicon.close();
  }
}

/** The engine of one direction between site languages, for `civitas languages`. */
export interface EngineOfDirection {
  from: string;
  to: string;
  engine: EngineName;
  isCloud: boolean;
}

function buildEngine(config: Config, name: EngineName): TranslationEngine | null {
  const { translation } = config;
  const http = { timeoutMs: translation.timeoutMs, retries: translation.retries };
  if (name === "libretranslate" && translation.libretranslate) {
    return new LibreTranslateEngine({ ...http, ...translation.libretranslate });
  }
  if (name === "deepl" && translation.deepl) {
    return new DeepLEngine({ ...http, ...translation.deepl });
  }
  if (name === "llm" && translation.llm) {
    // A model lists no pairs: it is given the directions its rules name ("*": every site pair).
    const keys = Object.entries(translation.engines)
      .filter(([, engine]) => engine === "llm")
      .flatMap(([key]) =>
        key === "*"
          ? config.languages.flatMap((from) =>
              config.languages.filter((to) => to !== from).map((to) => pairKey(from, to)),
            )
          : [key],
      );
    const directions = [...new Set(keys)].map((key) => {
      const [from = "", to = ""] = key.split(">");
      return { from, to };
    });
    return new OpenAiChatEngine({ ...http, ...translation.llm, directions });
  }
  return null;
}
