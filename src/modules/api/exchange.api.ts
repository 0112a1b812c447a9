import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import type { Db } from "../../database.js";
import { recordAudit } from "../../platform/audit/audit.repository.js";
import { AppError, UnauthenticatedError, ValidationError } from "../../platform/errors.js";
import type { User } from "../../platform/platform.table.js";
import {
  exportForTranslation,
  exportGlossary,
  exportTmx,
  importGlossaryFile,
  importTmx,
  importXliff,
  MAX_TBX_BYTES,
  MAX_TMX_BYTES,
  MAX_XLIFF_BYTES,
  type TranslationRuntime,
  XliffImportError,
} from "../translation/pipeline/index.js";
import { type ApiRoute, defineRoute } from "./api-route.js";
import {
  glossaryExportQuerySchema,
  glossaryImportQuerySchema,
  glossaryImportReportSchema,
  languageParamsSchema,
  memoryExportQuerySchema,
  tmxImportReportSchema,
  xliffExportQuerySchema,
  xliffImportQuerySchema,
  xliffImportReportSchema,
} from "./api.schemas.js";

/**
 * The largest XLIFF file the API reads: the same as the workspace upload. The reader
 * builds a tree (≈ 30 bytes of heap per byte of file); bigger files go through
 * `civitas xliff import`.
 */
export const API_XLIFF_MAX_BYTES = Math.min(5 * 1024 * 1024, MAX_XLIFF_BYTES);

const XML_TYPES = ["application/xml", "text/xml"] as const;
const XLIFF_TYPES = ["application/xliff+xml", "application/x-xliff+xml", ...XML_TYPES] as const;
const TMX_TYPES = ["application/x-tmx+xml", ...XML_TYPES] as const;
const GLOSSARY_TYPES = ["application/x-tbx+xml", "text/csv", ...XML_TYPES] as const;

/** A file that is not what the endpoint reads (not XLIFF, a DTD, malformed…): nothing was saved. */
export class InvalidFileError extends AppError {
  constructor(
    message: string,
    readonly details: { path: string; message: string }[] = [],
  ) {
    super({ status: 422, code: "invalid_file", message });
  }
}

/**
 * The translators' file formats on the API, over the same services as the workspace
 * pages and the CLI, with the same permissions: XLIFF (what awaits a person, and a
 * translated file back), the memory as TMX, the glossary as TBX or CSV. A file to import
 * is the whole request body, with its media type.
 */
export function exchangeRoutes(
  ctx: AppContext & { translation: TranslationRuntime },
  afterWrite: () => Promise<void>,
): ApiRoute[] {
  const deps = { db: ctx.db, config: ctx.config, runtime: ctx.translation, now: ctx.now };
  return [
    defineRoute({
      method: "GET",
      url: "/translations/xliff/:lang",
      operationId: "exportXliff",
      summary:
        "What awaits a person in a language (items named, else every published item) as XLIFF 2.1 or 1.2",
      tag: "translations",
      action: "translations.review",
      params: languageParamsSchema,
      query: xliffExportQuerySchema,
      status: 200,
      produces: ["application/xliff+xml; charset=utf-8"],
      response: z.string().meta({ description: "The XLIFF file" }),
      errors: [],
      async handle({ params, query }) {
        const result = await exportForTranslation(deps, {
          language: params.lang,
          itemIds: query.items ?? [],
          all: query.items === undefined,
          version: query.version,
        });
        return result.xliff;
      },
    }),
    defineRoute({
      method: "POST",
      url: "/translations/xliff",
      operationId: "importXliff",
      summary:
        "Imports a translated XLIFF file: every unit checked, accepted ones saved as reviewed human translations; the report per unit",
      tag: "translations",
      action: "translations.review",
      query: xliffImportQuerySchema,
      rawBody: {
        contentTypes: XLIFF_TYPES,
        maxBytes: API_XLIFF_MAX_BYTES,
        description:
          "An XLIFF 2.x or 1.2 file as exported (UTF-8, UTF-16 with BOM or a declared encoding)",
      },
      status: 200,
      response: xliffImportReportSchema,
      errors: [413, 415, 422],
      async handle({ query, raw, user, request }) {
        if (!user || !raw) throw new UnauthenticatedError();
        try {
          const report = await importXliff(deps, {
            bytes: raw,
            ...(query.lang ? { language: query.lang } : {}),
            actorId: user.id,
            ip: request.ip,
            dryRun: query.dryRun,
          });
          if (!report.dryRun && report.accepted > 0) await afterWrite();
          return report;
        } catch (error) {
          if (error instanceof XliffImportError) {
            throw new InvalidFileError(`The XLIFF file is refused: ${error.message}`, [
              { path: error.rule, message: error.message },
            ]);
          }
          throw error;
        }
      },
    }),
    defineRoute({
      method: "GET",
      url: "/translations/memory",
      operationId: "exportMemory",
      summary: "The translation memory as TMX 1.4b (people's translations, or everything)",
      tag: "translations",
      action: "translations.exchange",
      query: memoryExportQuerySchema,
      status: 200,
      produces: ["application/x-tmx+xml; charset=utf-8"],
      response: z.string().meta({ description: "The TMX file" }),
      async handle({ query }) {
        const { xml } = await exportTmx(ctx.db, {
          origin: query.origin,
          adminLanguage: ctx.config.sourceLanguage,
          now: ctx.now(),
        });
        return xml;
      },
    }),
    defineRoute({
      method: "POST",
      url: "/translations/memory",
      operationId: "importMemory",
      summary:
        "Imports a TMX file into the memory, all or nothing; the gate's checks run on every translation",
      tag: "translations",
      action: "translations.exchange",
      rawBody: {
        contentTypes: TMX_TYPES,
        maxBytes: MAX_TMX_BYTES,
        description: "A TMX 1.4 file (language codes such as en-US are mapped to the site's)",
      },
      status: 200,
      response: tmxImportReportSchema,
      errors: [413, 415, 422],
      async handle({ raw, user, request }) {
        if (!user || !raw) throw new UnauthenticatedError();
        const report = await refusingInvalidFile("TMX", () =>
          importTmx(ctx.db, {
            bytes: raw,
            languages: ctx.config.languages,
            runtime: ctx.translation,
            actorId: user.id,
            now: ctx.now(),
            onWritten: (trx, r) =>
              audit(trx, request, user, {
                subjectType: "translation_memory",
                summary: `TMX (API): ${r.added} added`,
                now: ctx.now(),
              }),
          }),
        );
        return report;
      },
    }),
    defineRoute({
      method: "GET",
      url: "/glossary",
      operationId: "exportGlossary",
      summary: "The glossary as TBX-Basic or CSV",
      tag: "translations",
      action: "translations.review",
      query: glossaryExportQuerySchema,
      status: 200,
      produces: ["application/x-tbx+xml; charset=utf-8", "text/csv; charset=utf-8"],
      response: z.string().meta({ description: "The TBX or CSV file" }),
      async handle({ query, reply }) {
        const { text } = await exportGlossary(ctx.db, {
          format: query.format,
          sourceLanguage: ctx.config.sourceLanguage,
          now: ctx.now(),
        });
        if (query.format === "csv") reply.type("text/csv; charset=utf-8");
        return text;
      },
    }),
    defineRoute({
      method: "POST",
      url: "/glossary",
      operationId: "importGlossary",
      summary:
        "Imports a TBX or CSV glossary, all or nothing (forbidden and preferred terms, notes kept)",
      tag: "translations",
      action: "translations.exchange",
      query: glossaryImportQuerySchema,
      rawBody: {
        contentTypes: GLOSSARY_TYPES,
        maxBytes: MAX_TBX_BYTES,
        description: "A TBX file (XML types) or a UTF-8 CSV file (text/csv)",
      },
      status: 200,
      response: glossaryImportReportSchema,
      errors: [413, 415, 422],
      async handle({ query, raw, rawType, user, request }) {
        if (!user || !raw) throw new UnauthenticatedError();
        const targets: readonly string[] = ctx.config.languages.filter(
          (l) => l !== ctx.config.sourceLanguage,
        );
        const target = query.targetLanguage;
        if (target !== undefined && target !== "*" && !targets.includes(target)) {
          throw new ValidationError(`"${target}" is not a target language of this site`, [
            { path: "targetLanguage", message: `one of ${targets.join(", ")} or *` },
          ]);
        }
        const fileName = rawType === "text/csv" ? "glossary.csv" : "glossary.tbx";
        const report = await refusingInvalidFile(rawType === "text/csv" ? "CSV" : "TBX", () =>
          importGlossaryFile(ctx.db, {
            bytes: raw,
            fileName,
            sourceLanguage: ctx.config.sourceLanguage,
            ...(target !== undefined ? { targetLanguage: target } : {}),
            languages: ctx.config.languages,
            actorId: user.id,
            now: ctx.now(),
            onWritten: (trx, counts) =>
              audit(trx, request, user, {
                subjectType: "glossary_term",
                summary: `${fileName} (API): ${counts.added} added, ${counts.updated} updated`,
                now: ctx.now(),
              }),
          }),
        );
        return report;
      },
    }),
  ];
}

/** Runs an import; a ValidationError from it means the file is invalid (422), nothing saved. */
async function refusingInvalidFile<T>(kind: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const details = (error.details as { path?: unknown; message?: unknown }[])
      .slice(0, 20)
      .map((d) => ({ path: String(d.path ?? ""), message: String(d.message ?? "") }));
    throw new InvalidFileError(`The ${kind} file is refused: ${error.message}`, details);
  }
}

async function audit(
  trx: Db,
  request: FastifyRequest,
  user: User,
  entry: { subjectType: string; summary: string; now: Date },
): Promise<void> {
  await recordAudit(trx, {
    actorId: user.id,
    action: "changed",
    subjectType: entry.subjectType,
    subjectId: "file",
    summary: entry.summary,
    ip: request.ip,
    now: entry.now,
  });
}
