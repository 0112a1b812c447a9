import {
  CTR,
  FS,
  GLS,
  ITS,
  ITSM,
  MDA,
  MTC,
  RES,
  SLR,
  VAL,
  XLF,
  XML_NS,
  isXliffNamespace,
} from "./namespaces.js";
import { type XmlAttribute, type XmlElement, attributeOf, elementsOf } from "./xml-tree.js";
import { checkFragment, parseFragment } from "./fragment.js";
import type { Report } from "./violations.js";
export type { Report } from "./violations.js";

const STRUCTURE = ["file", "group", "unit"];
/** The core elements each module's top element may sit in. */
export const MODULE_ELEMENT_PLACES: Record<string, string[]> = {
  [`${MTC} matches`]: ["unit"],
  [`${GLS} glossary`]: ["unit"],
  [`${MDA} metadata`]: STRUCTURE,
  [`${RES} resourceData`]: STRUCTURE,
  [`${CTR} changeTrack`]: STRUCTURE,
  [`${SLR} profiles`]: ["file"],
  [`${SLR} data`]: STRUCTURE,
  [`${VAL} validation`]: STRUCTURE,
  [`${ITSM} locQualityIssues`]: STRUCTURE,
  [`${ITSM} provenanceRecords`]: STRUCTURE,
};

/** XLIFF-namespace children each module element allows (extension namespaces are free). */
const MODULE_CHILDREN: Record<string, { allowed: string[]; required?: RegExp }> = {
  [`${MTC} matches`]: { allowed: [`${MTC} match`], required: /./u },
  [`${MTC} match`]: {
    allowed: [`${MDA} metadata`, `${XLF} originalData`, `${XLF} source`, `${XLF} target`],
  },
  [`${GLS} glossary`]: { allowed: [`${GLS} glossEntry`], required: /./u },
  [`${GLS} glossEntry`]: { allowed: [`${GLS} term`, `${GLS} translation`, `${GLS} definition`] },
  [`${GLS} term`]: { allowed: [] },
  [`${GLS} translation`]: { allowed: [] },
  [`${GLS} definition`]: { allowed: [] },
  [`${MDA} metadata`]: { allowed: [`${MDA} metaGroup`], required: /./u },
  [`${MDA} metaGroup`]: { allowed: [`${MDA} meta`, `${MDA} metaGroup`], required: /./u },
  [`${MDA} meta`]: { allowed: [] },
  [`${RES} resourceData`]: { allowed: [`${RES} resourceItemRef`, `${RES} resourceItem`] },
  [`${RES} resourceItemRef`]: { allowed: [] },
  [`${RES} resourceItem`]: { allowed: [`${RES} source`, `${RES} target`, `${RES} reference`] },
  [`${RES} source`]: { allowed: [`${XLF} source`, `${XLF} target`] },
  [`${RES} target`]: { allowed: [`${XLF} source`, `${XLF} target`] },
  [`${RES} reference`]: { allowed: [] },
  [`${CTR} changeTrack`]: { allowed: [`${CTR} revisions`], required: /./u },
  [`${CTR} revisions`]: { allowed: [`${CTR} revision`], required: /./u },
  [`${CTR} revision`]: { allowed: [`${CTR} item`], required: /./u },
  [`${CTR} item`]: { allowed: [] },
  [`${SLR} profiles`]: { allowed: [`${SLR} normalization`] },
  [`${SLR} normalization`]: { allowed: [] },
  [`${SLR} data`]: { allowed: [] },
  [`${VAL} validation`]: { allowed: [`${VAL} rule`], required: /./u },
  [`${VAL} rule`]: { allowed: [] },
};

const FS_VALUES = new Set(
  (
    "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col " +
    "colgroup command datalist dd del details dfn div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 " +
    "h4 h5 h6 head header hgroup hr html i iframe img input ins kbd keygen label legend li link map mark menu meta " +
    "meter nav noscript object ol optgroup option output p param pre progress q rp rt ruby s samp script section " +
    "select small source span strong style sub summary sup table tbody td textarea tfoot th thead time title tr track " +
    "u ul var video wbr"
  ).split(" "),
);
const SIZE_PATTERN = /^(\*|\d+|\d+,\d+|\d+,\*)$/u;
const NMTOKEN = /^[\p{L}\p{M}\p{N}._:\u00B7-]+$/u;

/** Checks an attribute of a module namespace on a core element. */
export function checkModuleAttribute(
  element: XmlElement,
  attribute: XmlAttribute,
  report: Report,
): void {
  const isolatedEc = element.local !== "ec" || attributeOf(element, "isolated") === "yes";
  if (attribute.uri === FS) {
    if (attribute.local === "fs") {
      if (!FS_VALUES.has(attribute.value))
        report.add("fs-value", element, `fs:fs "${attribute.value}" is not an HTML element`);
      if (!isolatedEc) report.add("fs-ec", element, "fs:fs on an <ec> that is not isolated");
    } else if (attribute.local === "subFs") {
      if (attributeOf(element, "fs", FS) === undefined)
        report.add("fs-subfs", element, "fs:subFs without fs:fs");
    } else report.add("module-attribute", element, `@${attribute.name} is not an fs attribute`);
  } else if (attribute.uri === SLR) {
    checkSizeAttribute(element, attribute, isolatedEc, report);
  } else if (attribute.uri !== ITS && attribute.uri !== ITSM && isXliffNamespace(attribute.uri)) {
    report.add(
      "module-attribute",
      element,
      `@${attribute.name} is not allowed on <${element.local}>`,
    );
  }
}

function checkSizeAttribute(
  element: XmlElement,
  attribute: XmlAttribute,
  isolatedEc: boolean,
  report: Report,
): void {
  switch (attribute.local) {
    case "sizeRestriction":
    case "storageRestriction":
      if (!SIZE_PATTERN.test(attribute.value))
        report.add("slr-pattern", element, `slr:${attribute.local} "${attribute.value}"`);
      return;
    case "sizeInfo":
    case "equivStorage":
      // equivStorage is an integer; sizeInfo is read by the profile, and a number there is a whole one
      // (the suite's core/valid file has sizeInfo="some info", its slr/invalid one "25.5").
      if (
        attribute.local === "equivStorage"
          ? !/^\d+$/u.test(attribute.value)
          : /^[\d.,+-]+$/u.test(attribute.value) && !/^\d+$/u.test(attribute.value)
      ) {
        report.add("slr-integer", element, `slr:${attribute.local} is not an integer`);
      }
      if (!isolatedEc)
        report.add("slr-ec", element, `slr:${attribute.local} on an <ec> that is not isolated`);
      if (
        attribute.local === "sizeInfo" &&
        attributeOf(element, "sizeInfoRef", SLR) !== undefined
      ) {
        report.add("slr-size-info", element, "slr:sizeInfo and slr:sizeInfoRef together");
      }
      return;
    case "sizeInfoRef":
      if (!isolatedEc)
        report.add("slr-ec", element, "slr:sizeInfoRef on an <ec> that is not isolated");
      if (!sizeDataIds(element).has(attribute.value)) {
        report.add(
          "slr-size-info-ref",
          element,
          `slr:sizeInfoRef "${attribute.value}" is in no slr:data in reach`,
        );
      }
      return;
    default:
      report.add(
        "module-attribute",
        element,
        `@${attribute.name} is not a size restriction attribute`,
      );
  }
}

/** Ids inside <slr:data> siblings of the element or of its ancestors. */
function sizeDataIds(element: XmlElement): Set<string> {
  const ids = new Set<string>();
  for (let up = element.parent; up; up = up.parent) {
    for (const data of elementsOf(up).filter((e) => e.uri === SLR && e.local === "data")) {
      for (const e of all(data)) {
        const id = attributeOf(e, "id");
        if (id !== undefined) ids.add(id);
      }
    }
  }
  return ids;
}

/** Checks every module element of the document (structure and the modules' constraints). */
export function validateModules(
  root: XmlElement,
  srcLang: string | undefined,
  trgLang: string | undefined,
  report: Report,
): void {
  for (const element of all(root)) {
    const key = `${element.uri} ${element.local}`;
    if (
      element.uri === XLF ||
      !isXliffNamespace(element.uri) ||
      element.uri === ITS ||
      element.uri === ITSM
    )
      continue;
    const spec = MODULE_CHILDREN[key];
    if (!spec) {
      report.add("module-element", element, `<${element.name}> is not an element of its module`);
      continue;
    }
    const children = elementsOf(element);
    for (const child of children) {
      if (isXliffNamespace(child.uri) && !spec.allowed.includes(`${child.uri} ${child.local}`)) {
        report.add(
          "module-element-place",
          child,
          `<${child.name}> is not allowed in <${element.name}>`,
        );
      }
    }
    if (spec.required && !children.some((c) => spec.allowed.includes(`${c.uri} ${c.local}`))) {
      report.add("module-content", element, `<${element.name}> is empty`);
    }
    checkModuleElement(element, { srcLang, trgLang, report });
  }
}

interface ModuleContext {
  srcLang: string | undefined;
  trgLang: string | undefined;
  report: Report;
}

function checkModuleElement(element: XmlElement, context: ModuleContext): void {
  const { report } = context;
  const id = attributeOf(element, "id");
  if (id !== undefined && !NMTOKEN.test(id))
    report.add("id", element, `id "${id}" is not an NMTOKEN`);
  const children = elementsOf(element);
  const uniqueIds = (names: string[], rule: string) => {
    const seen = new Set<string>();
    for (const child of children.filter((c) => c.uri === element.uri && names.includes(c.local))) {
      for (const e of [
        child,
        ...elementsOf(child).filter((c) => c.uri === element.uri && names.includes(c.local)),
      ]) {
        const childId = attributeOf(e, "id");
        if (childId === undefined) continue;
        if (seen.has(childId)) report.add(rule, e, `id "${childId}" is used twice`);
        seen.add(childId);
      }
    }
  };
  const key = `${element.uri} ${element.local}`;
  switch (key) {
    case `${MTC} matches`:
      uniqueIds(["match"], "mtc-id");
      return;
    case `${MTC} match`:
      checkMatch(element, report);
      return;
    case `${GLS} glossary`:
      uniqueIds(["glossEntry", "translation"], "gls-id");
      return;
    case `${GLS} glossEntry`: {
      const ref = attributeOf(element, "ref");
      if (ref?.startsWith("#")) checkFragment(ref, element, report);
      if (!children.some((c) => c.uri === GLS && c.local === "term"))
        report.add("gls-term", element, "no <gls:term>");
      if (
        !children.some(
          (c) => c.uri === GLS && (c.local === "translation" || c.local === "definition"),
        )
      ) {
        report.add("gls-entry", element, "a glossary entry needs a translation or a definition");
      }
      return;
    }
    case `${MDA} metadata`:
      uniqueIds(["metaGroup"], "mda-id");
      return;
    case `${MDA} metaGroup`: {
      const appliesTo = attributeOf(element, "appliesTo");
      if (appliesTo !== undefined && !["source", "target", "ignorable"].includes(appliesTo)) {
        report.add("mda-applies-to", element, `appliesTo "${appliesTo}" is not allowed`);
      }
      return;
    }
    case `${MDA} meta`:
      if (attributeOf(element, "type") === undefined)
        report.add("mda-type", element, "<mda:meta> needs a type");
      if (attributeOf(element, "appliesTo") !== undefined)
        report.add("mda-applies-to", element, "appliesTo on <mda:meta>");
      return;
    case `${RES} resourceData`:
      uniqueIds(["resourceItem", "resourceItemRef"], "res-id");
      return;
    case `${RES} source`: {
      const hasContent = element.children.some((c) => typeof c !== "string" || c.trim() !== "");
      if (attributeOf(element, "href") !== undefined && hasContent) {
        report.add("res-href", element, "a resource with href has no content");
      }
      const lang = attributeOf(element, "lang", XML_NS);
      const expected = context.srcLang;
      if (
        lang !== undefined &&
        expected !== undefined &&
        lang.toLowerCase() !== expected.toLowerCase()
      ) {
        report.add("res-lang", element, `xml:lang "${lang}" is not the document's ${expected}`);
      }
      return;
    }
    case `${RES} target`:
      if (
        attributeOf(element, "href") !== undefined &&
        element.children.some((c) => typeof c !== "string" || c.trim() !== "")
      ) {
        report.add("res-href", element, "a resource with href has no content");
      }
      return;
    case `${CTR} revisions`:
      checkRevisions(element, report);
      return;
    case `${VAL} rule`:
      checkRule(element, report);
      return;
    default:
      return;
  }
}

const MATCH_TYPES = new Set(["am", "mt", "icm", "idm", "tb", "tm", "other"]);

function checkMatch(match: XmlElement, report: Report): void {
  if (attributeOf(match, "lang", XML_NS) !== undefined)
    report.add("mtc-lang", match, "xml:lang on <mtc:match>");
  const type = attributeOf(match, "type");
  if (type !== undefined && !MATCH_TYPES.has(type))
    report.add("mtc-type", match, `type "${type}" is not allowed`);
  if (attributeOf(match, "subType") !== undefined && type === undefined) {
    report.add("mtc-sub-type", match, "subType without type");
  }
  const ref = attributeOf(match, "ref") ?? "";
  const selectors = parseFragment(ref);
  if (!selectors) {
    report.add("mtc-ref", match, `ref "${ref}" is not a fragment identifier`);
    return;
  }
  checkFragment(ref, match, report);
  const last = selectors.at(-1);
  let unit = match.parent;
  while (unit && !(unit.uri === XLF && unit.local === "unit")) unit = unit.parent;
  const spans = new Set(
    (unit ? all(unit) : [])
      .filter((e) => e.uri === XLF && ["mrk", "sm", "segment", "ignorable"].includes(e.local))
      .map((e) => attributeOf(e, "id")),
  );
  if (!last || !spans.has(last.id))
    report.add("mtc-ref", match, `ref "${ref}" points to no span of the unit`);
}

function checkRevisions(revisions: XmlElement, report: Report): void {
  const ref = attributeOf(revisions, "ref");
  const container = revisions.parent?.parent;
  const target =
    ref === undefined || !container
      ? undefined
      : all(container).find((e) => attributeOf(e, "id") === ref);
  if (ref !== undefined && !target)
    report.add("ctr-ref", revisions, `ref "${ref}" names nothing in reach`);
  for (const revision of elementsOf(revisions)) {
    const properties = new Set<string>();
    for (const item of elementsOf(revision).filter((e) => e.uri === CTR && e.local === "item")) {
      const property = attributeOf(item, "property") ?? "";
      if (properties.has(property))
        report.add("ctr-property", item, `property "${property}" twice in a revision`);
      properties.add(property);
      if (property !== "content" && target && attributeOf(target, property) === undefined) {
        report.add(
          "ctr-property",
          item,
          `property "${property}" is neither content nor an attribute of the element`,
        );
      }
    }
  }
}

function checkRule(rule: XmlElement, report: Report): void {
  const kinds = ["isPresent", "isNotPresent", "startsWith", "endsWith"].filter(
    (n) => attributeOf(rule, n) !== undefined,
  );
  const custom = rule.attributes.filter((a) => a.uri !== "" && a.uri !== XML_NS).length;
  if (kinds.length + custom !== 1) report.add("val-rule", rule, "a rule needs exactly one test");
  const existsInSource = attributeOf(rule, "existsInSource");
  if (existsInSource !== undefined) {
    if (!["yes", "no"].includes(existsInSource))
      report.add("val-value", rule, "existsInSource is yes or no");
    if (!kinds.some((k) => k !== "isNotPresent")) {
      report.add("val-exists", rule, "existsInSource needs isPresent, startsWith or endsWith");
    }
  }
  const values: [string, RegExp][] = [
    ["caseSensitive", /^(yes|no)$/u],
    ["disabled", /^(yes|no)$/u],
    ["normalization", /^(none|nfc|nfd)$/u],
    ["occurs", /^[1-9]\d*$/u],
  ];
  for (const [name, pattern] of values) {
    const value = attributeOf(rule, name);
    if (value !== undefined && !pattern.test(value))
      report.add("val-value", rule, `${name} "${value}" is not allowed`);
  }
}

function all(element: XmlElement): XmlElement[] {
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
