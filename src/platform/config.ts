import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

/** The site languages Civitas knows how to present; each entry is a locale's static facts. */
export const LOCALE_CODES = ["en", "fr", "es", "ar"] as const;
export type LocaleCode = (typeof LOCALE_CODES)[number];

const localeCode = z.enum(LOCALE_CODES);

/**
 * When a machine translation goes live: at once, once the automatic checks
 * pass, or after review; `draft`: never — machine output is only a
 * suggestion a translator starts from in the desk.
 */
export const TRANSLATION_POLICIES = ["immediate", "gate", "review", "draft"] as const;
export type TranslationPolicy = (typeof TRANSLATION_POLICIES)[number];

/** Engines a language pair can be given to; `apertium` is the configured Apertium (local or APy). */
export const ENGINE_NAMES = ["apertium", "libretranslate", "deepl", "llm"] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

const routeKey = z.string().regex(/^[a-z]{2,3}>[a-z]{2,3}$/, 'must look like "en>fr"');
const engineRuleKey = z
  .string()
  .regex(/^([a-z]{2,3}>[a-z]{2,3}|\*)$/, 'must look like "en>fr" or be "*" (every other pair)');
const engineName = z.enum(ENGINE_NAMES, {
  error: () => `must be one of ${ENGINE_NAMES.join(", ")}`,
});
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" });

const translationSchema = z
  .object({
    /** Which engine translates: Apertium on this machine, an Apertium APy server, or none. */
    engine: z.enum(["apertium", "apy", "none"]).default("apertium"),
    apertiumModes: z.string().min(1).default("/usr/share/apertium/modes"),
    apyUrl: z.string().url().optional(),
    /** Routes chosen by hand, e.g. { "en>fr": ["en", "ca", "fr"] }; others are found automatically. */
    routes: z.record(routeKey, z.array(z.string().regex(/^[a-z]{2,3}$/)).min(2)).default({}),
    /** Per-language publishing policy; languages not listed use `gate`. */
    policies: z.record(z.string(), z.enum(TRANSLATION_POLICIES)).default({}),
    /** Longest an engine may take for one batch, in ms. */
    timeoutMs: z.coerce.number().int().min(100).max(600_000).default(30_000),
    /**
     * The engine of each direction, e.g. { "en>fr": "deepl", "*": "apertium" }
     * (CIVITAS_TRANSLATION_ENGINES="en>fr=deepl; *=apertium"); a direction no
     * rule names, without "*", uses Apertium.
     */
    engines: z.record(engineRuleKey, engineName).default({}),
    /**
     * Directions an administrator allows to leave the server through a cloud
     * engine (DeepL, or an engine whose URL is not on this machine or the
     * private network); CIVITAS_TRANSLATION_CLOUD="en>fr, en>es".
     */
    cloudPairs: z.array(routeKey).default([]),
    /** Characters each engine may translate per calendar month (UTC); no entry means no limit. */
    budgets: z.partialRecord(engineName, z.coerce.number().int().min(0)).default({}),
    /** Retries of a request answered 429 or 5xx, with exponential backoff (Retry-After respected). */
    retries: z.coerce.number().int().min(0).max(10).default(3),
    libretranslate: z.object({ url: httpUrl, apiKey: z.string().min(1).optional() }).optional(),
    deepl: z
      .object({
        apiKey: z.string().min(1),
        /** Defaults by key: keys ending ":fx" use the free endpoint. */
        url: httpUrl.optional(),
        /** A DeepL glossary id per direction, e.g. { "en>fr": "def3a26b-…" }. */
        glossaries: z.record(routeKey, z.string().min(1)).default({}),
      })
      .optional(),
    llm: z
      .object({ url: httpUrl, model: z.string().min(1), apiKey: z.string().min(1).optional() })
      .optional(),
  })
  .prefault({})
  .superRefine((t, ctx) => {
    for (const [key, engine] of Object.entries(t.engines)) {
      if (engine === "apertium") {
        if (t.engine === "none") {
          ctx.addIssue({
            code: "custom",
            path: ["engines", key],
            message: "names apertium but CIVITAS_MT_ENGINE is none",
          });
        }
        continue;
      }
      const settings = t[engine];
      if (!settings) {
        ctx.addIssue({
          code: "custom",
          path: ["engines", key],
          message: `names ${engine}, which is not configured (${ENGINE_SETTINGS_HINT[engine]})`,
        });
        continue;
      }
      if (!isCloudEngine(engine, "url" in settings ? settings.url : undefined)) continue;
      if (key === "*") {
        ctx.addIssue({
          code: "custom",
          path: ["engines", key],
          message: `${engine} sends text off this server: give it pairs by name, not "*"`,
        });
      } else if (!t.cloudPairs.includes(key)) {
        ctx.addIssue({
          code: "custom",
          path: ["engines", key],
          message: `${engine} sends text off this server: add ${key} to CIVITAS_TRANSLATION_CLOUD to allow it`,
        });
      }
    }
  });

/** Outgoing e-mail (notifications); without an SMTP URL, notifications are logged and skipped. */
const mailSchema = z
  .object({
    /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465. */
    smtpUrl: z
      .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })
      .optional(),
    /** The From address: "Civitas <civitas@cities.example>" or a bare address. */
    from: z
      .string()
      .max(200)
      .regex(
        /^([^\r\n<>@"]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/,
        "must be an address or Name <address>",
      )
      .optional(),
  })
  .prefault({});

/** A proxy Civitas may believe about the client's address: an IP, a CIDR range, or a proxy-addr name. */
const proxyAddress = z.string().refine((value) => {
  if (["loopback", "linklocal", "uniquelocal"].includes(value)) return true;
  const [address = "", prefix, ...rest] = value.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}, "must be an IP address, a CIDR range (10.0.0.0/8), loopback, linklocal or uniquelocal");

const configSchema = z
  .object({
    dataDir: z.string().min(1),
    databaseUrl: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
      .optional(),
    host: z.string().min(1).default("0.0.0.0"),
    port: z.coerce.number().int().min(0).max(65535).default(3000),
    baseUrl: z
      .string()
      .url()
      .transform((url) => url.replace(/\/+$/, "")),
    siteName: z.string().min(1).max(120).default("Strong Cities Network"),
    sourceLanguage: localeCode.default("en"),
    /** Languages the site is published in; the first-listed source language writes most items. */
    languages: z.array(localeCode).min(1).default(["en", "fr", "es", "ar"]),
    translation: translationSchema,
    mail: mailSchema,
    logLevel: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),
    pageCacheEntries: z.coerce.number().int().min(0).max(1_000_000).default(5000),
    /** The page cache's ceiling in megabytes (bodies, headers and URLs). */
    pageCacheMegabytes: z.coerce.number().int().min(1).max(65_536).default(64),
    /**
     * How long (ms) after a write `civitas serve` may still answer readers with
     * the page from before it while the new one renders (0: never; readers
     * signed in always get the fresh page).
     */
    pageCacheStaleMs: z.coerce.number().int().min(0).max(600_000).default(10_000),
    /**
     * Which proxies' X-Forwarded-For names the client (sign-in throttling, reader
     * reports, audit): off, the number of proxy hops in front, or the proxies'
     * addresses. Never "every proxy": anyone could then choose their address.
     */
    trustProxy: z
      .union([z.literal(false), z.number().int().min(1).max(10), z.array(proxyAddress).min(1)])
      .default(false),
    /** How often, in ms, an instance checks whether another process changed the content. */
    invalidationPollMs: z.coerce.number().int().min(50).max(600_000).default(1000),
    /** The job lease of the server's job processes (JOB_LEASE_MS); shorter only in crash tests. */
    jobLeaseMs: z.coerce.number().int().min(1000).max(600_000).default(30_000),
    social: z
      .object({
        facebook: z.string().url().optional(),
        linkedin: z.string().url().optional(),
        x: z.string().url().optional(),
        youtube: z.string().url().optional(),
        vimeo: z.string().url().optional(),
      })
      .default({}),
  })
  .refine((c) => c.languages.includes(c.sourceLanguage), {
    message: "languages must include the source language",
    path: ["languages"],
  });

/** The parsed, frozen configuration every part of Civitas reads instead of the environment. */
export type Config = Readonly<z.infer<typeof configSchema>>;
/** What a caller may set explicitly; anything missing falls back to the environment, then defaults. */
export type ConfigInput = Partial<z.input<typeof configSchema>>;

/** Thrown when the configuration is invalid; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Builds the configuration from explicit values (CLI flags, tests) over the
 * environment; the only place in Civitas that reads process.env.
 */
export function loadConfig(input: ConfigInput = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = input.dataDir ?? env.CIVITAS_DATA ?? path.resolve("data");
  const port = input.port ?? env.PORT;
  const raw = {
    dataDir,
    databaseUrl: input.databaseUrl ?? emptyToUndefined(env.DATABASE_URL),
    host: input.host ?? env.HOST,
    port,
    baseUrl: input.baseUrl ?? env.CIVITAS_BASE_URL ?? `http://localhost:${port ?? 3000}`,
    siteName: input.siteName ?? env.CIVITAS_SITE_NAME,
    sourceLanguage: input.sourceLanguage ?? env.CIVITAS_SOURCE_LANGUAGE,
    languages: input.languages ?? splitList(env.CIVITAS_LANGUAGES),
    logLevel: input.logLevel ?? env.CIVITAS_LOG_LEVEL,
    pageCacheEntries: input.pageCacheEntries ?? env.CIVITAS_PAGE_CACHE_ENTRIES,
    pageCacheMegabytes: input.pageCacheMegabytes ?? env.CIVITAS_PAGE_CACHE_MB,
    pageCacheStaleMs: input.pageCacheStaleMs ?? env.CIVITAS_PAGE_CACHE_STALE_MS,
    invalidationPollMs: input.invalidationPollMs ?? env.CIVITAS_INVALIDATION_POLL_MS,
    jobLeaseMs: input.jobLeaseMs ?? env.CIVITAS_JOB_LEASE_MS,
    trustProxy: input.trustProxy ?? parseTrustProxy(env.CIVITAS_TRUST_PROXY),
    translation: input.translation ?? {
      engine: emptyToUndefined(env.CIVITAS_MT_ENGINE),
      apertiumModes: emptyToUndefined(env.CIVITAS_APERTIUM_MODES),
      apyUrl: emptyToUndefined(env.CIVITAS_APY_URL),
      routes: parseMap(env.CIVITAS_TRANSLATION_ROUTES, (v) => v.split(">").map((s) => s.trim())),
      policies: parseMap(env.CIVITAS_TRANSLATION_POLICY, (v) => v),
      timeoutMs: emptyToUndefined(env.CIVITAS_MT_TIMEOUT_MS),
      engines: parseMap(env.CIVITAS_TRANSLATION_ENGINES, (v) => v),
      cloudPairs: splitList(env.CIVITAS_TRANSLATION_CLOUD),
      budgets: parseMap(env.CIVITAS_TRANSLATION_BUDGETS, (v) => v),
      retries: emptyToUndefined(env.CIVITAS_MT_RETRIES),
      libretranslate: optionalGroup({
        url: env.CIVITAS_LIBRETRANSLATE_URL,
        apiKey: env.CIVITAS_LIBRETRANSLATE_API_KEY,
      }),
      deepl: optionalGroup({
        apiKey: env.CIVITAS_DEEPL_API_KEY,
        url: env.CIVITAS_DEEPL_URL,
        glossaries: parseMap(env.CIVITAS_DEEPL_GLOSSARIES, (v) => v),
      }),
      llm: optionalGroup({
        url: env.CIVITAS_LLM_URL,
        model: env.CIVITAS_LLM_MODEL,
        apiKey: env.CIVITAS_LLM_API_KEY,
      }),
    },
    mail: input.mail ?? {
      smtpUrl: emptyToUndefined(env.CIVITAS_SMTP_URL),
      from: emptyToUndefined(env.CIVITAS_MAIL_FROM),
    },
    social: input.social ?? {
      facebook: emptyToUndefined(env.CIVITAS_SOCIAL_FACEBOOK),
      linkedin: emptyToUndefined(env.CIVITAS_SOCIAL_LINKEDIN),
      x: emptyToUndefined(env.CIVITAS_SOCIAL_X),
      youtube: emptyToUndefined(env.CIVITAS_SOCIAL_YOUTUBE),
      vimeo: emptyToUndefined(env.CIVITAS_SOCIAL_VIMEO),
    },
  };
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        // A bad record key says only "Invalid key in record"; the key's own rule says why.
        const message =
          issue.code === "invalid_key"
            ? (issue.issues[0]?.message ?? issue.message)
            : issue.message;
        return `${issue.path.join(".") || "config"}: ${message}`;
      }),
    );
  }
  return deepFreeze({ ...parsed.data, dataDir: path.resolve(parsed.data.dataDir) });
}

/** Where the SQLite database file lives inside the data directory. */
export function sqliteFile(config: Config): string {
  return path.join(config.dataDir, "civitas.db");
}

/** Where uploaded and generated media files live, beside the database. */
export function mediaDir(config: Config): string {
  return path.join(config.dataDir, "media");
}

/** Where an engine's text goes: DeepL always leaves the server; others when their URL is not loopback or private. */
export function isCloudEngine(engine: EngineName, url?: string): boolean {
  if (engine === "deepl") return true;
  if (engine === "apertium" || url === undefined) return false;
  return !isPrivateHost(new URL(url).hostname);
}

/** Whether a host name is this machine or a private network (RFC 1918, link-local, IPv6 ULA). */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || host === "::1") return true;
  if (/^f[cd][0-9a-f]{2}:/.test(host) || host.startsWith("fe80:")) return true;
  const octets = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host)?.slice(1).map(Number);
  if (!octets) return false;
  const [a = -1, b = -1] = octets;
  return (
    a === 127 ||
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254)
  );
}

const ENGINE_SETTINGS_HINT: Readonly<Record<Exclude<EngineName, "apertium">, string>> = {
  libretranslate: "set CIVITAS_LIBRETRANSLATE_URL",
  deepl: "set CIVITAS_DEEPL_API_KEY",
  llm: "set CIVITAS_LLM_URL and CIVITAS_LLM_MODEL",
};

/** An engine's settings from the environment: undefined when none of them is set, so the engine stays unconfigured. */
function optionalGroup<T extends Record<string, unknown>>(group: T): T | undefined {
  const values = Object.values(group).map((v) => (typeof v === "string" ? emptyToUndefined(v) : v));
  if (values.every((v) => v === undefined)) return undefined;
  return Object.fromEntries(
    Object.entries(group).map(([k, v]) => [k, typeof v === "string" ? emptyToUndefined(v) : v]),
  ) as T;
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}

/** "2" (hops) or "10.0.0.1, 10.1.0.0/16"; unset or empty is off. */
function parseTrustProxy(value: string | undefined): number | string[] | undefined {
  const v = emptyToUndefined(value);
  if (v === undefined) return undefined;
  return /^\s*\d+\s*$/.test(v) ? Number(v) : splitList(v);
}

function splitList(value: string | undefined): string[] | undefined {
  const v = emptyToUndefined(value);
  return v === undefined ? undefined : v.split(",").map((s) => s.trim());
}

/**
 * Reads "key=value; key=value" lists from the environment, e.g.
 * CIVITAS_TRANSLATION_POLICY="fr=immediate; ar=review" or
 * CIVITAS_TRANSLATION_ROUTES="en>fr=en>ca>fr".
 */
function parseMap<T>(
  value: string | undefined,
  parse: (v: string) => T,
): Record<string, T> | undefined {
  const v = emptyToUndefined(value);
  if (v === undefined) return undefined;
  const out: Record<string, T> = {};
  for (const entry of v.split(";")) {
    if (entry.trim() === "") continue;
    const at = entry.indexOf("=");
    const key = (at < 0 ? entry : entry.slice(0, at)).trim();
    out[key] = parse(at < 0 ? "" : entry.slice(at + 1).trim());
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Reads a configuration another process of the same server handed over (the job processes get it as JSON). */
export function parseConfig(value: unknown): Config {
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join(".") || "config"}: ${issue.message}`),
    );
  }
  return deepFreeze(parsed.data);
}
