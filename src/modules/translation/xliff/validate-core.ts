import { FS, ITS, ITSM, SLR, XLF, XML_NS, isXliffNamespace } from "./namespaces.js";
import { type XmlElement, attributeOf, elementsOf } from "./xml-tree.js";
import { checkFragment, parseFragment } from "./fragment.js";
import type { Violation } from "./violations.js";
export type { Violation } from "./violations.js";
import {
  type Report,
  MODULE_ELEMENT_PLACES,
  checkModuleAttribute,
  validateModules,
} from "./validate-modules.js";

const NMTOKEN = /^[\p{L}\p{M}\p{N}._:\u00B7-]+$/u;
const LANG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/u;
const STATES = new Set(["initial", "translated", "reviewed", "final"]);
const TYPES = new Set(["fmt", "ui", "quote", "link", "image", "other"]);
const SUBTYPES: Record<string, string> = {
  "xlf:lb": "fmt",
  "xlf:pb": "fmt",
  "xlf:b": "fmt",
  "xlf:i": "fmt",
  "xlf:u": "fmt",
  "xlf:var": "ui",
};
const INLINE = new Set(["cp", "ph", "pc", "sc", "ec", "mrk", "sm", "em"]);
const CODES = new Set(["ph", "pc", "sc", "ec"]);
const YES_NO = new Set(["yes", "no"]);
const DIRS = new Set(["ltr", "rtl", "auto"]);

type Foreign = "any" | "modules" | "none";
interface ElementSpec {
  attributes: string[];
  xml: string[];
  foreign: Foreign;
  /** Letters of the children (see childKind) as a regular expression; undefined: inline content. */
  children?: RegExp;
  /** Whether non-blank text is allowed among the children. */
  text?: boolean;
}

const STRUCTURE = ["id", "name", "canResegment", "translate", "srcDir", "trgDir", "type"];
const CODE_COMMON = ["id", "canCopy", "canDelete", "canReorder", "copyOf", "subType", "type"];
const SPECS: Record<string, ElementSpec> = {
  xliff: {
    attributes: ["version", "srcLang", "trgLang"],
    xml: ["space", "lang"],
    foreign: "any",
    children: /^F+$/u,
  },
  file: {
    attributes: ["id", "canResegment", "original", "translate", "srcDir", "trgDir"],
    xml: ["space", "lang"],
    foreign: "any",
    children: /^K?E*N?U+$/u,
  },
  group: { attributes: STRUCTURE, xml: ["space", "lang"], foreign: "any", children: /^E*N?U*$/u },
  unit: { attributes: STRUCTURE, xml: ["space", "lang"], foreign: "any", children: /^E*N?O?P+$/u },
  segment: {
    attributes: ["id", "canResegment", "state", "subState"],
    xml: [],
    foreign: "none",
    children: /^ST?$/u,
  },
  ignorable: { attributes: ["id"], xml: [], foreign: "none", children: /^ST?$/u },
  notes: { attributes: [], xml: [], foreign: "none", children: /^n+$/u },
  note: {
    attributes: ["id", "appliesTo", "category", "priority"],
    xml: ["lang"],
    foreign: "any",
    children: /^$/u,
    text: true,
  },
  originalData: { attributes: [], xml: [], foreign: "none", children: /^d+$/u },
  data: {
    attributes: ["id", "dir"],
    xml: ["space"],
    foreign: "none",
    children: /^c*$/u,
    text: true,
  },
  skeleton: { attributes: ["href"], xml: [], foreign: "none", children: /^[EX]*$/u, text: true },
  source: { attributes: [], xml: ["lang", "space"], foreign: "none" },
  target: { attributes: ["order"], xml: ["lang", "space"], foreign: "none" },
  cp: { attributes: ["hex"], xml: [], foreign: "none", children: /^$/u },
  ph: {
    attributes: [...CODE_COMMON, "disp", "equiv", "dataRef", "subFlows"],
    xml: [],
    foreign: "modules",
    children: /^$/u,
  },
  pc: {
    attributes: [
      ...CODE_COMMON,
      "canOverlap",
      "dispEnd",
      "dispStart",
      "equivEnd",
      "equivStart",
      "dataRefEnd",
      "dataRefStart",
      "subFlowsEnd",
      "subFlowsStart",
      "dir",
    ],
    xml: [],
    foreign: "modules",
  },
  sc: {
    attributes: [
      ...CODE_COMMON,
      "canOverlap",
      "dataRef",
      "dir",
      "disp",
      "equiv",
      "isolated",
      "subFlows",
    ],
    xml: [],
    foreign: "modules",
    children: /^$/u,
  },
  ec: {
    attributes: [
      ...CODE_COMMON,
      "canOverlap",
      "dataRef",
      "dir",
      "disp",
      "equiv",
      "isolated",
      "startRef",
      "subFlows",
    ],
    xml: [],
    foreign: "modules",
    children: /^$/u,
  },
  mrk: { attributes: ["id", "translate", "type", "ref", "value"], xml: [], foreign: "any" },
  sm: {
    attributes: ["id", "translate", "type", "ref", "value"],
    xml: [],
    foreign: "any",
    children: /^$/u,
  },
  em: { attributes: ["startRef"], xml: [], foreign: "none", children: /^$/u },
};

/**
 * Checks an XLIFF 2.0/2.1/2.2 document against the core constraints of the
 * specification and the rules of its modules that can be checked without a schema
 * processor; returns every violation found (none: valid).
 */
export function validateXliff2(root: XmlElement): Violation[] {
  const report: Report = {
    violations: [],
    add(rule, element, message) {
      this.violations.push({ rule, message, line: element.line });
    },
  };
  if (root.uri !== XLF || root.local !== "xliff") {
    report.add("root", root, "the root is not <xliff> in the XLIFF 2 namespace");
    return report.violations;
  }
  checkTree(root, report, "");
  checkDocument(root, report);
  validateModules(root, attributeOf(root, "srcLang"), attributeOf(root, "trgLang"), report);
  return report.violations;
}

/** Where an element sits: the letter the content models above use. */
function childKind(parent: XmlElement, child: XmlElement, report: Report, context: string): string {
  if (child.uri !== XLF) {
    if (isXliffNamespace(child.uri) && child.uri !== ITS) {
      const places = MODULE_ELEMENT_PLACES[`${child.uri} ${child.local}`];
      const where = parent.uri === XLF ? parent.local : context;
      if (!places || !places.includes(where)) {
        report.add(
          "module-element-place",
          child,
          `<${child.name}> is not allowed in <${parent.name}>`,
        );
      }
    }
    return parent.local === "skeleton" ? "X" : "E";
  }
  const letters: Record<string, string> = {
    file: "F",
    skeleton: "K",
    notes: parent.local === "notes" ? "?" : "N",
    unit: "U",
    group: "U",
    originalData: "O",
    segment: "P",
    ignorable: "P",
    source: "S",
    target: "T",
    note: "n",
    data: "d",
    cp: "c",
  };
  return letters[child.local] ?? "?";
}

function checkTree(element: XmlElement, report: Report, context: string): void {
  if (element.uri !== XLF) return; // module and extension elements: validate-modules
  const spec = SPECS[element.local];
  if (!spec) {
    report.add("unknown-element", element, `<${element.name}> is not an XLIFF 2 element`);
    return;
  }
  for (const attribute of element.attributes) {
    if (attribute.uri === "") {
      if (!spec.attributes.includes(attribute.local)) {
        report.add("attribute", element, `@${attribute.name} is not allowed on <${element.local}>`);
      }
    } else if (attribute.uri === XML_NS) {
      if (!spec.xml.includes(attribute.local) && spec.foreign !== "any") {
        report.add("attribute", element, `@${attribute.name} is not allowed on <${element.local}>`);
      }
    } else {
      const allowed =
        spec.foreign === "any" ||
        (spec.foreign === "modules" && [FS, SLR, ITS, ITSM].includes(attribute.uri));
      if (!allowed) {
        report.add(
          "extension-attribute",
          element,
          `@${attribute.name} is not allowed on <${element.local}>`,
        );
      } else checkModuleAttribute(element, attribute, report);
    }
  }
  const inline = spec.children === undefined;
  const kinds: string[] = [];
  for (const child of element.children) {
    if (typeof child === "string") {
      if (!inline && !spec.text && child.trim() !== "") {
        report.add("text", element, `<${element.local}> cannot hold text`);
      }
      continue;
    }
    if (inline) {
      if (child.uri !== XLF || !INLINE.has(child.local)) {
        report.add("inline-element", child, `<${child.name}> is not allowed in <${element.local}>`);
      }
    } else kinds.push(childKind(element, child, report, context));
  }
  if (spec.children && !spec.children.test(kinds.join(""))) {
    report.add("content", element, `<${element.local}> does not have the children XLIFF requires`);
  }
  const nextContext = ["file", "group", "unit"].includes(element.local) ? element.local : context;
  for (const child of elementsOf(element)) checkTree(child, report, nextContext);
}

function checkDocument(root: XmlElement, report: Report): void {
  const version = attributeOf(root, "version");
  if (!version || !/^2\.[0-2]$/u.test(version)) {
    report.add("version", root, `version "${version ?? ""}" is not 2.0, 2.1 or 2.2`);
  }
  const srcLang = attributeOf(root, "srcLang");
  const trgLang = attributeOf(root, "trgLang");
  if (!srcLang) report.add("srcLang", root, "srcLang is required");
  checkLanguageTags(root, report);
  checkAttributeValues(root, report);
  const fileIds = new Set<string>();
  for (const file of elementsOf(root).filter((e) => e.uri === XLF && e.local === "file")) {
    unique(fileIds, attributeOf(file, "id"), file, "file-id", report);
    checkFile(file, report);
  }
  const hasTarget = descendants(root).some((e) => e.uri === XLF && e.local === "target");
  if (hasTarget && !trgLang)
    report.add("trgLang", root, "trgLang is required when there are targets");
  for (const element of descendants(root)) {
    if (element.uri !== XLF || (element.local !== "source" && element.local !== "target")) continue;
    if (element.parent?.uri !== XLF) continue; // a match's source or target may be another language
    const expected = element.local === "source" ? srcLang : trgLang;
    const lang = inherited(element, "lang");
    if (
      lang !== undefined &&
      expected !== undefined &&
      lang.toLowerCase() !== expected.toLowerCase()
    ) {
      report.add("xml-lang", element, `<${element.local}> is in ${lang}, not ${expected}`);
    }
  }
}

function checkFile(file: XmlElement, report: Report): void {
  const groupIds = new Set<string>();
  const unitIds = new Set<string>();
  const units: XmlElement[] = [];
  const skeleton = elementsOf(file).find((e) => e.uri === XLF && e.local === "skeleton");
  if (skeleton) {
    const hasContent = skeleton.children.some((c) => typeof c !== "string" || c.trim() !== "");
    const href = attributeOf(skeleton, "href");
    if (href !== undefined && hasContent)
      report.add("skeleton", skeleton, "a skeleton with href must be empty");
    if (href === undefined && !hasContent)
      report.add("skeleton", skeleton, "a skeleton without href needs content");
  }
  checkNotesAndExtensions(file, report);
  const walk = (container: XmlElement) => {
    for (const child of elementsOf(container)) {
      if (child.uri !== XLF) continue;
      if (child.local === "group") {
        unique(groupIds, attributeOf(child, "id"), child, "group-id", report);
        checkNotesAndExtensions(child, report);
        walk(child);
      } else if (child.local === "unit") {
        unique(unitIds, attributeOf(child, "id"), child, "unit-id", report);
        units.push(child);
      }
    }
  };
  walk(file);
  for (const unit of units) {
    checkNotesAndExtensions(unit, report);
    checkUnit(unit, { report, unitIds, file });
  }
}

/** Note ids unique within their <notes>; ids of extension elements unique within the container. */
function checkNotesAndExtensions(container: XmlElement, report: Report): void {
  const notes = elementsOf(container).find((e) => e.uri === XLF && e.local === "notes");
  if (notes) {
    const ids = new Set<string>();
    for (const note of elementsOf(notes)) {
      const id = attributeOf(note, "id");
      if (id !== undefined) unique(ids, id, note, "note-id", report);
    }
  }
  const extensionIds = new Set<string>();
  for (const extension of elementsOf(container).filter((e) => !isXliffNamespace(e.uri))) {
    for (const element of [extension, ...descendants(extension)]) {
      if (isXliffNamespace(element.uri)) continue;
      const id = attributeOf(element, "id") ?? attributeOf(element, "id", XML_NS);
      if (id !== undefined) unique(extensionIds, id, element, "extension-id", report);
    }
  }
}

interface UnitContext {
  report: Report;
  unitIds: Set<string>;
  file: XmlElement;
}

function checkUnit(unit: XmlElement, context: UnitContext): void {
  const { report } = context;
  const unitId = attributeOf(unit, "id") ?? "";
  const parts = elementsOf(unit).filter(
    (e) => e.uri === XLF && (e.local === "segment" || e.local === "ignorable"),
  );
  if (!parts.some((p) => p.local === "segment"))
    report.add("unit-segment", unit, "a unit needs a segment");
  const dataIds = new Set<string>();
  const originalData = elementsOf(unit).find((e) => e.uri === XLF && e.local === "originalData");
  for (const data of originalData ? elementsOf(originalData) : []) {
    unique(dataIds, attributeOf(data, "id"), data, "data-id", report);
  }
  const noteIds = new Set(
    elementsOf(elementsOf(unit).find((e) => e.uri === XLF && e.local === "notes") ?? unit)
      .filter((e) => e.uri === XLF && e.local === "note")
      .map((e) => attributeOf(e, "id"))
      .filter((id): id is string => id !== undefined),
  );
  const sourceIds = new Set<string>();
  for (const part of parts) {
    const id = attributeOf(part, "id");
    if (id !== undefined) unique(sourceIds, id, part, "part-id", report);
  }
  const side = (local: "source" | "target") =>
    parts.flatMap((part) => elementsOf(part).filter((e) => e.uri === XLF && e.local === local));
  const sources = side("source");
  const targets = side("target");
  const targetIds = new Set<string>();
  for (const [contents, ids] of [
    [sources, sourceIds],
    [targets, targetIds],
  ] as const) {
    const inline = contents.flatMap((c) => descendants(c));
    for (const element of inline) {
      if (element.uri !== XLF) continue;
      const id = attributeOf(element, "id");
      if (
        ["ph", "pc", "sc", "mrk", "sm"].includes(element.local) ||
        (element.local === "ec" && id !== undefined)
      ) {
        unique(ids, id, element, "inline-id", report);
      }
    }
    checkInline(inline, { ...context, unitId, dataIds, noteIds, ids });
    checkPairs(inline, report);
  }
  checkReordering(parts, report);
  checkOrders(parts, report);
  checkNonRemovable(parts, targets, report);
  for (const part of parts) {
    const source = elementsOf(part).find((e) => e.uri === XLF && e.local === "source");
    const target = elementsOf(part).find((e) => e.uri === XLF && e.local === "target");
    if (
      source &&
      target &&
      (inherited(source, "space") ?? "default") !== (inherited(target, "space") ?? "default")
    ) {
      report.add("xml-space", target, "the target's xml:space differs from its source's");
    }
  }
}

interface InlineContext extends UnitContext {
  unitId: string;
  dataIds: Set<string>;
  noteIds: Set<string>;
  ids: Set<string>;
}

function checkInline(elements: XmlElement[], context: InlineContext): void {
  const { report } = context;
  const codes = new Map<string, XmlElement>();
  for (const element of elements) {
    const id = attributeOf(element, "id");
    if (element.uri === XLF && CODES.has(element.local) && id !== undefined) codes.set(id, element);
  }
  for (const element of elements) {
    if (element.uri !== XLF) continue;
    for (const name of ["dataRef", "dataRefStart", "dataRefEnd"]) {
      const ref = attributeOf(element, name);
      if (ref !== undefined && !context.dataIds.has(ref)) {
        report.add("data-ref", element, `@${name} "${ref}" names no <data> of the unit`);
      }
    }
    const copyOf = attributeOf(element, "copyOf");
    if (copyOf !== undefined) {
      const original = codes.get(copyOf);
      if (!original)
        report.add("copy-of", element, `@copyOf "${copyOf}" names no code of the unit`);
      else if (attributeOf(original, "canCopy") === "no") {
        report.add("copy-of", element, `code ${copyOf} cannot be copied`);
      }
      if (
        ["dataRef", "dataRefStart", "dataRefEnd"].some((n) => attributeOf(element, n) !== undefined)
      ) {
        report.add("copy-of", element, "@copyOf and original data together");
      }
    }
    for (const name of ["subFlows", "subFlowsStart", "subFlowsEnd"]) {
      const value = attributeOf(element, name);
      if (value === undefined) continue;
      for (const token of value.split(/[ \t\n\r]+/u).filter(Boolean)) {
        if (!NMTOKEN.test(token) || !context.unitIds.has(token)) {
          report.add("sub-flows", element, `@${name}: "${token}" names no unit of the file`);
        }
      }
    }
    const type = attributeOf(element, "type");
    if (CODES.has(element.local)) {
      if (type !== undefined && !TYPES.has(type))
        report.add("type", element, `type "${type}" is not allowed`);
      const subType = attributeOf(element, "subType");
      if (subType !== undefined) {
        if (type === undefined) report.add("sub-type", element, "subType without type");
        else if (!/^[^\s:]+:[^\s:]+$/u.test(subType))
          report.add("sub-type", element, "subType is not prefix:value");
        else if (subType.startsWith("xlf:") && SUBTYPES[subType] !== type) {
          report.add("sub-type", element, `subType ${subType} does not go with type ${type}`);
        }
      }
      const reorder = attributeOf(element, "canReorder") ?? "yes";
      if (!["yes", "no", "firstNo"].includes(reorder))
        report.add("can-reorder", element, "bad canReorder");
      if (
        reorder !== "yes" &&
        (attributeOf(element, "canCopy") !== "no" || attributeOf(element, "canDelete") !== "no")
      ) {
        report.add("can-reorder", element, "canReorder no/firstNo needs canCopy and canDelete no");
      }
    }
    if (element.local === "mrk" || element.local === "sm") checkMarker(element, type, context);
    if (element.local === "cp") checkCodePoint(element, report);
  }
}

function checkMarker(element: XmlElement, type: string | undefined, context: InlineContext): void {
  const { report } = context;
  if (
    type !== undefined &&
    !["generic", "comment", "term"].includes(type) &&
    !/^[^\s:]+:[^\s:]+$/u.test(type)
  ) {
    report.add("mrk-type", element, `type "${type}" is not allowed`);
  }
  const ref = attributeOf(element, "ref");
  const value = attributeOf(element, "value");
  if (ref?.startsWith("#")) checkFragment(ref, element, report);
  if (type !== "comment") return;
  if ((ref === undefined) === (value === undefined)) {
    report.add("comment", element, "a comment annotation needs either value or ref");
    return;
  }
  if (ref === undefined) return;
  const selectors = parseFragment(ref);
  const last = selectors?.at(-1);
  const unitSelector = selectors?.find((s) => s.prefix === "u");
  const pointsOutside =
    selectors?.some((s) => s.prefix === "f" || s.prefix === "g") && !unitSelector;
  if (
    !last ||
    last.prefix !== "n" ||
    !context.noteIds.has(last.id) ||
    pointsOutside ||
    (unitSelector && unitSelector.id !== context.unitId)
  ) {
    report.add("comment-ref", element, `ref "${ref}" is not a note of the unit`);
  }
}

function checkCodePoint(element: XmlElement, report: Report): void {
  const hex = attributeOf(element, "hex") ?? "";
  const value = /^[0-9A-Fa-f]{1,6}$/u.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
  if (!Number.isInteger(value) || value > 0x10ffff) {
    report.add("cp-hex", element, `hex "${hex}" is not a code point`);
  } else if (isXmlChar(value)) {
    report.add(
      "cp-range",
      element,
      `U+${hex} can be written as is; <cp> is for characters XML forbids`,
    );
  }
}

function isXmlChar(value: number): boolean {
  return (
    value === 0x9 ||
    value === 0xa ||
    value === 0xd ||
    (value >= 0x20 && value <= 0xd7ff) ||
    (value >= 0xe000 && value <= 0xfffd) ||
    (value >= 0x10000 && value <= 0x10ffff)
  );
}

/** <sc>/<ec> and <sm>/<em> pairs within one side (sources or targets) of a unit. */
function checkPairs(elements: XmlElement[], report: Report): void {
  const open = new Map<string, XmlElement>();
  const markers = new Set<string>();
  const ends = new Set<string>();
  const markerEnds = new Set<string>();
  for (const element of elements) {
    if (element.uri !== XLF) continue;
    const startRef = attributeOf(element, "startRef");
    if (element.local === "ec") {
      const isolated = attributeOf(element, "isolated") === "yes";
      if (isolated) {
        if (startRef !== undefined || attributeOf(element, "id") === undefined) {
          report.add("ec-isolated", element, "an isolated <ec> has an id and no startRef");
        }
        continue;
      }
      const start = startRef === undefined ? undefined : open.get(startRef);
      if (!start) {
        report.add("ec-start", element, "<ec> without a <sc> before it in the unit");
        continue;
      }
      ends.add(startRef ?? "");
      for (const name of ["canCopy", "canDelete", "canOverlap", "canReorder"]) {
        if ((attributeOf(start, name) ?? "yes") !== (attributeOf(element, name) ?? "yes")) {
          report.add("sc-ec-mismatch", element, `@${name} differs between <sc> and <ec>`);
        }
      }
    } else if (element.local === "sc") {
      open.set(attributeOf(element, "id") ?? "", element);
    } else if (element.local === "sm") {
      markers.add(attributeOf(element, "id") ?? "");
    } else if (element.local === "em") {
      if (startRef === undefined || !markers.has(startRef)) {
        report.add("em-start", element, "<em> without a <sm> before it in the unit");
      } else markerEnds.add(startRef);
    }
  }
  for (const [id, sc] of open) {
    const isolated = attributeOf(sc, "isolated") === "yes";
    if (isolated && ends.has(id))
      report.add("sc-isolated", sc, "an isolated <sc> has its <ec> in the unit");
    if (!isolated && !ends.has(id))
      report.add("sc-isolated", sc, "a <sc> without its <ec> must be isolated");
  }
  for (const element of elements) {
    if (
      element.uri === XLF &&
      element.local === "sm" &&
      !markerEnds.has(attributeOf(element, "id") ?? "")
    ) {
      report.add("sm-end", element, "<sm> without its <em> in the unit");
    }
  }
}

/** Code keys in order, with the pc each code sits in, for the reordering rules. */
function codeList(content: XmlElement): { key: string; parent: string; element: XmlElement }[] {
  const list: { key: string; parent: string; element: XmlElement }[] = [];
  for (const element of descendants(content)) {
    if (element.uri !== XLF || !CODES.has(element.local)) continue;
    const startRef = attributeOf(element, "startRef");
    const key =
      element.local === "ec" && startRef !== undefined
        ? `end:${startRef}`
        : (attributeOf(element, "id") ?? "");
    let up = element.parent;
    while (up && up !== content && !(up.uri === XLF && up.local === "pc")) up = up.parent;
    list.push({ key, parent: up && up !== content ? (attributeOf(up, "id") ?? "") : "", element });
  }
  return list;
}

function checkReordering(parts: XmlElement[], report: Report): void {
  let inSequence = false;
  for (const part of parts) {
    const source = elementsOf(part).find((e) => e.uri === XLF && e.local === "source");
    const target = elementsOf(part).find((e) => e.uri === XLF && e.local === "target");
    if (!source) continue;
    const sequences: { key: string; parent: string }[][] = [];
    for (const code of codeList(source)) {
      const reorder = attributeOf(code.element, "canReorder") ?? "yes";
      if (reorder === "firstNo") {
        sequences.push([code]);
        inSequence = true;
      } else if (reorder === "no") {
        if (!inSequence)
          report.add("reorder-first-no", code.element, "canReorder no without a firstNo before it");
        sequences.at(-1)?.push(code);
      } else inSequence = false;
    }
    if (!target) continue;
    const targetCodes = codeList(target);
    const keys = targetCodes.map((c) => c.key);
    for (const sequence of sequences) {
      const start = keys.indexOf(sequence[0]?.key ?? "");
      if (start < 0) continue;
      sequence.forEach((code, i) => {
        const found = targetCodes[start + i];
        if (!found || found.key !== code.key || found.parent !== code.parent) {
          report.add("reorder", target, "codes that cannot be reordered moved in the target");
        }
      });
    }
  }
}

function checkOrders(parts: XmlElement[], report: Report): void {
  const seen = new Set<number>();
  parts.forEach((part, i) => {
    const target = elementsOf(part).find((e) => e.uri === XLF && e.local === "target");
    if (!target) return;
    const raw = attributeOf(target, "order");
    const order = raw === undefined ? i + 1 : Number(raw);
    if (!Number.isInteger(order) || order < 1 || order > parts.length) {
      report.add("order", target, `order "${raw}" is not a position of the unit`);
    } else if (seen.has(order)) report.add("order", target, `order ${order} is used twice`);
    seen.add(order);
  });
}

function checkNonRemovable(parts: XmlElement[], targets: XmlElement[], report: Report): void {
  const inTargets = new Set(targets.flatMap((t) => codeList(t).map((c) => c.key)));
  for (const part of parts) {
    const source = elementsOf(part).find((e) => e.uri === XLF && e.local === "source");
    const hasTarget = elementsOf(part).some((e) => e.uri === XLF && e.local === "target");
    if (!source || !hasTarget) continue;
    for (const code of codeList(source)) {
      if (attributeOf(code.element, "canDelete") === "no" && !inTargets.has(code.key)) {
        report.add(
          "can-delete",
          code.element,
          `code ${code.key} cannot be deleted but no target has it`,
        );
      }
    }
  }
}

function checkLanguageTags(root: XmlElement, report: Report): void {
  for (const element of [root, ...descendants(root)]) {
    for (const attribute of element.attributes) {
      const isLang =
        (attribute.uri === XML_NS && attribute.local === "lang") ||
        (element === root &&
          attribute.uri === "" &&
          (attribute.local === "srcLang" || attribute.local === "trgLang"));
      if (isLang && !LANG.test(attribute.value)) {
        report.add("language-tag", element, `"${attribute.value}" is not a language tag`);
      }
    }
  }
}

/** Enumerated attributes and ids of the core elements. */
function checkAttributeValues(root: XmlElement, report: Report): void {
  const enums: Record<string, Set<string>> = {
    canResegment: YES_NO,
    translate: YES_NO,
    canCopy: YES_NO,
    canDelete: YES_NO,
    canOverlap: YES_NO,
    isolated: YES_NO,
    srcDir: DIRS,
    trgDir: DIRS,
    dir: DIRS,
    appliesTo: new Set(["source", "target"]),
  };
  for (const element of descendants(root)) {
    if (element.uri !== XLF) continue;
    for (const attribute of element.attributes) {
      if (attribute.uri !== "") continue;
      const allowed = enums[attribute.local];
      if (allowed && !allowed.has(attribute.value)) {
        report.add(
          "attribute-value",
          element,
          `@${attribute.local}="${attribute.value}" is not allowed`,
        );
      }
      if (attribute.local === "id" && !NMTOKEN.test(attribute.value)) {
        report.add("id", element, `id "${attribute.value}" is not an NMTOKEN`);
      }
      if (attribute.uri === "" && attribute.local === "space") continue;
    }
    if (element.local === "segment") {
      const state = attributeOf(element, "state");
      const subState = attributeOf(element, "subState");
      if (state !== undefined && !STATES.has(state))
        report.add("state", element, `state "${state}" is not allowed`);
      if (subState !== undefined && state === undefined)
        report.add("sub-state", element, "subState without state");
      if (subState !== undefined && !/^[^\s:]+:[^\s:]+$/u.test(subState)) {
        report.add("sub-state", element, "subState is not prefix:value");
      }
    }
    if (element.local === "note") {
      const priority = attributeOf(element, "priority");
      if (priority !== undefined && !/^(10|[1-9])$/u.test(priority)) {
        report.add("attribute-value", element, "priority is 1 to 10");
      }
    }
    const space = attributeOf(element, "space", XML_NS);
    if (space !== undefined && space !== "default" && space !== "preserve") {
      report.add("attribute-value", element, "xml:space is default or preserve");
    }
    if (element.local === "data" && space !== undefined && space !== "preserve") {
      report.add("attribute-value", element, "<data> is xml:space preserve");
    }
  }
}

function unique(
  seen: Set<string>,
  id: string | undefined,
  element: XmlElement,
  rule: string,
  report: Report,
): void {
  if (id === undefined) {
    report.add(rule, element, `<${element.local}> needs an id`);
    return;
  }
  if (seen.has(id)) report.add(rule, element, `id "${id}" is used twice`);
  seen.add(id);
}

/** The xml:lang or xml:space in force on an element. */
export function inherited(element: XmlElement, local: "lang" | "space"): string | undefined {
  for (let e: XmlElement | undefined = element; e; e = e.parent) {
    const value = attributeOf(e, local, XML_NS);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Every element below one, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const child of elementsOf(e)) {
      out.push(child);
      walk(child);
    }
  };
  walk(element);
  return out;
}
