import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, isCloudEngine, loadConfig, mediaDir, sqliteFile } from "./config.js";

describe("configuration", () => {
  it("puts the SQLite file inside the data directory and media beside it", () => {
    const config = loadConfig({}, { CIVITAS_DATA: "/srv/civitas" });
    expect(sqliteFile(config)).toBe(path.join("/srv/civitas", "civitas.db"));
    expect(mediaDir(config)).toBe(path.join("/srv/civitas", "media"));
    expect(config.databaseUrl).toBeUndefined();
  });

  it("prefers explicit values (CLI flags) over the environment", () => {
    const config = loadConfig(
      { dataDir: "/flag", port: 8080 },
      { CIVITAS_DATA: "/env", PORT: "9000" },
    );
    expect(config.dataDir).toBe("/flag");
    expect(config.port).toBe(8080);
    expect(config.baseUrl).toBe("http://localhost:8080");
  });

  it("reads the SMTP server and From address, refusing other schemes and a From with a line break", () => {
    const config = loadConfig(
      {},
      {
        CIVITAS_SMTP_URL: "smtps://civitas:s%40cret@mail.example.org:465",
        CIVITAS_MAIL_FROM: "Strong Cities <civitas@cities.example>",
      },
    );
    expect(config.mail).toEqual({
      smtpUrl: "smtps://civitas:s%40cret@mail.example.org:465",
      from: "Strong Cities <civitas@cities.example>",
    });
    expect(loadConfig({}, { CIVITAS_SMTP_URL: " " }).mail.smtpUrl).toBeUndefined();
    let error: unknown;
    try {
      loadConfig(
        {},
        { CIVITAS_SMTP_URL: "http://mail.example.org", CIVITAS_MAIL_FROM: "a\r\nBcc: x@y.z" },
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      "mail.smtpUrl: must be an smtp:// or smtps:// URL",
      "mail.from: must be an address or Name <address>",
    ]);
  });

  it("selects PostgreSQL when DATABASE_URL is set", () => {
    expect(loadConfig({}, { DATABASE_URL: "postgres://u@db:5432/civitas" }).databaseUrl).toBe(
      "postgres://u@db:5432/civitas",
    );
  });

  it("lists every problem at once and is frozen", () => {
    let error: unknown;
    try {
      loadConfig({}, { PORT: "http", DATABASE_URL: "mysql://x", CIVITAS_LANGUAGES: "en,xx" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    expect(problems).toContain("port");
    expect(problems).toContain("databaseUrl");
    expect(problems).toContain("languages");
    const config = loadConfig({}, {});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.languages)).toBe(true);
  });

  it("trusts X-Forwarded-For only from the proxies named, by address or hop count", () => {
    expect(loadConfig({}, {}).trustProxy).toBe(false);
    expect(loadConfig({}, { CIVITAS_TRUST_PROXY: "" }).trustProxy).toBe(false);
    expect(loadConfig({}, { CIVITAS_TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(
      loadConfig({}, { CIVITAS_TRUST_PROXY: "10.0.0.1, 10.1.0.0/16, ::1, loopback" }).trustProxy,
    ).toEqual(["10.0.0.1", "10.1.0.0/16", "::1", "loopback"]);
    for (const bad of ["true", "*", "10.0.0.0/33", "proxy.example", "0", "10.0.0.1/8/8"]) {
      expect(() => loadConfig({}, { CIVITAS_TRUST_PROXY: bad }), bad).toThrow(/trustProxy/);
    }
  });

  it("reads the engine of each language pair, its settings and the pairs allowed to leave the server", () => {
    const config = loadConfig(
      {},
      {
        CIVITAS_TRANSLATION_ENGINES: "en>fr=deepl; en>es=libretranslate; fr>en=llm; *=apertium",
        CIVITAS_TRANSLATION_CLOUD: "en>fr",
        CIVITAS_TRANSLATION_BUDGETS: "deepl=500000",
        CIVITAS_DEEPL_API_KEY: "k:fx",
        CIVITAS_DEEPL_GLOSSARIES: "en>fr=g-1",
        CIVITAS_LIBRETRANSLATE_URL: "http://127.0.0.1:5000",
        CIVITAS_LLM_URL: "http://10.0.0.5:8080",
        CIVITAS_LLM_MODEL: "qwen",
      },
    );
    expect(config.translation.engines).toEqual({
      "en>fr": "deepl",
      "en>es": "libretranslate",
      "fr>en": "llm",
      "*": "apertium",
    });
    expect(config.translation.budgets).toEqual({ deepl: 500_000 });
    expect(config.translation.deepl).toEqual({ apiKey: "k:fx", glossaries: { "en>fr": "g-1" } });
    expect(config.translation.llm?.apiKey).toBeUndefined();
    expect(config.translation.retries).toBe(3);
  });

  it("refuses engine rules that name unknown or unconfigured engines, bad pairs, or cloud pairs nobody allowed", () => {
    let error: unknown;
    try {
      loadConfig(
        {},
        {
          CIVITAS_TRANSLATION_ENGINES: "en>es=google; english=apertium",
          CIVITAS_TRANSLATION_BUDGETS: "deepl=lots",
        },
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    let problems = (error as ConfigError).problems;
    expect(problems).toContainEqual(
      expect.stringMatching(/en>es: must be one of apertium, libretranslate, deepl, llm/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/english.*must look like "en>fr"/));
    expect(problems).toContainEqual(expect.stringMatching(/budgets.deepl/));
    try {
      loadConfig(
        {},
        {
          CIVITAS_TRANSLATION_ENGINES: "en>fr=deepl; fr>en=libretranslate; *=llm",
          CIVITAS_DEEPL_API_KEY: "k",
          CIVITAS_LLM_URL: "https://llm.example.org",
          CIVITAS_LLM_MODEL: "m",
        },
      );
    } catch (caught) {
      error = caught;
    }
    problems = (error as ConfigError).problems;
    expect(problems).toContainEqual(
      expect.stringMatching(
        /en>fr: deepl sends text off this server: add en>fr to CIVITAS_TRANSLATION_CLOUD/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/fr>en: names libretranslate, which is not configured/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/\*: llm sends text off this server/));
  });

  it("counts DeepL and engines outside this machine and the private network as cloud engines", () => {
    expect(isCloudEngine("deepl", "http://127.0.0.1:1")).toBe(true);
    expect(isCloudEngine("libretranslate", "http://127.0.0.1:5000")).toBe(false);
    expect(isCloudEngine("llm", "http://[::1]:8080")).toBe(false);
    expect(isCloudEngine("llm", "http://192.168.1.4:8080")).toBe(false);
    expect(isCloudEngine("libretranslate", "https://libretranslate.com")).toBe(true);
    expect(isCloudEngine("llm", "http://172.32.0.1")).toBe(true);
    expect(isCloudEngine("apertium")).toBe(false);
  });
});
