import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { XliffError } from "./decode.js";
import { readXliff } from "./read.js";
import { parseXmlTree, writeXmlTree } from "./xml-tree.js";

const SUITE = path.resolve(
  import.meta.dirname,
  "../../../../../shared/data/xliff2/oasis-xliff-21-test-suite-full",
);
const EVERYTHING_22 = path.resolve(
  SUITE,
  "../oasis-xliff-22-test-suite__core__valid__everything-core.xlf",
);

const files = (dir: string) =>
  fs
    .readdirSync(path.join(SUITE, dir))
    .filter((f) => f.endsWith(".xlf"))
    .sort();
const read = (dir: string, file: string) => readXliff(fs.readFileSync(path.join(SUITE, dir, file)));

function refusal(run: () => unknown): { rule: string; rules: string[] } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof XliffError)) throw error;
    const violations = (error as XliffError & { violations?: { rule: string }[] }).violations ?? [];
    return { rule: error.rule, rules: [error.rule, ...violations.map((v) => v.rule)] };
  }
  return { rule: "accepted", rules: [] };
}

/** Each invalid file of the OASIS suite and the rule it breaks (from its name, comments and readme.html). */
const CORE_INVALID: [string, string][] = [
  ["bad_CommentWithValueAndRef.xlf", "comment"],
  ["bad_ConfusedIsolatedOnEc.xlf", "ec-start"],
  ["bad_CopyOfWithBadReference.xlf", "copy-of"],
  ["bad_CopyOfWithNoCopyReference.xlf", "copy-of"],
  ["bad_CopyOfWithOriginalData.xlf", "copy-of"],
  ["bad_DataIdNotUnique.xlf", "data-id"],
  ["bad_DataRefWithoutOriginalData.xlf", "data-ref"],
  ["bad_DifferentCanCopyInScAndEc.xlf", "sc-ec-mismatch"],
  ["bad_DifferentCanDeleteInScAndEc.xlf", "sc-ec-mismatch"],
  ["bad_DifferentCanOverlapInScAndEc.xlf", "sc-ec-mismatch"],
  ["bad_DifferentCanReorderInScAndEc.xlf", "sc-ec-mismatch"],
  ["bad_DifferentXmlSpace.xlf", "xml-space"],
  ["bad_DuplicateExtElemIdsInFile.xlf", "extension-id"],
  ["bad_DuplicateExtElemIdsInGroup.xlf", "extension-id"],
  ["bad_DuplicateExtElemIdsInUnit.xlf", "extension-id"],
  ["bad_DuplicateNoteIdsInFile.xlf", "note-id"],
  ["bad_DuplicateNoteIdsInGroup.xlf", "note-id"],
  ["bad_DuplicateNoteIdsInUnit.xlf", "note-id"],
  ["bad_EcBeforeSc.xlf", "ec-start"],
  ["bad_EmBeforeSm.xlf", "em-start"],
  ["bad_EmptySkeletonWithoutHref.xlf", "skeleton"],
  ["bad_FileIdNotUnique.xlf", "file-id"],
  ["bad_GroupIdNotUnique.xlf", "group-id"],
  ["bad_GroupWithoutId.xlf", "group-id"],
  ["bad_IgnorableIdNotUnique.xlf", "part-id"],
  ["bad_IgnorableWithoutSource.xlf", "content"],
  ["bad_InvalidCommentAnnotation1.xlf", "comment"],
  ["bad_InvalidCommentAnnotation2.xlf", "comment-ref"],
  ["bad_InvalidCommentAnnotation3.xlf", "comment-ref"],
  ["bad_InvalidCommentAnnotation4.xlf", "comment-ref"],
  ["bad_InvalidDataRef.xlf", "data-ref"],
  ["bad_InvalidDataRefEnd.xlf", "data-ref"],
  ["bad_InvalidDataRefStart.xlf", "data-ref"],
  ["bad_InvalidDirAttributeOnSource.xlf", "attribute"],
  ["bad_InvalidExtensionAttributeOnPc.xlf", "extension-attribute"],
  ["bad_InvalidExtensionAttributeOnSegment.xlf", "extension-attribute"],
  ["bad_InvalidExtensionAttributeOnSource.xlf", "extension-attribute"],
  ["bad_InvalidExtensionAttributeOnTarget.xlf", "extension-attribute"],
  ["bad_InvalidExtensionElementInData.xlf", "content"],
  ["bad_InvalidExtensionElementInFile.xlf", "content"],
  ["bad_InvalidExtensionElementInOriginalData.xlf", "content"],
  ["bad_InvalidExtensionElementInSegment.xlf", "content"],
  ["bad_InvalidExtensionElementOutsideFile.xlf", "content"],
  ["bad_InvalidFSAttribute.xlf", "module-attribute"],
  ["bad_InvalidFSAttributeOnEc.xlf", "fs-ec"],
  ["bad_InvalidFSAttributeValue.xlf", "fs-value"],
  ["bad_InvalidFragIdBadOrder.xlf", "fragment"],
  ["bad_InvalidFragIdDuplicatedPrefix.xlf", "fragment"],
  ["bad_InvalidFragIdMissplacedLeaf.xlf", "fragment"],
  ["bad_InvalidFragIdNoSingleLeaf.xlf", "fragment"],
  ["bad_InvalidFragIdPrefixNotNmtoken.xlf", "fragment"],
  ["bad_InvalidFragIdPrefixTooShort.xlf", "fragment"],
  ["bad_InvalidFragIdSyntax.xlf", "fragment"],
  ["bad_InvalidFragIdUnknownPrefix.xlf", "fragment"],
  ["bad_InvalidHexRangeOnCp.xlf", "cp-range"],
  ["bad_InvalidHexValueOnCp.xlf", "cp-hex"],
  ["bad_InvalidId1.xlf", "id"],
  ["bad_InvalidId2.xlf", "id"],
  ["bad_InvalidId3.xlf", "id"],
  ["bad_InvalidIsolatedOnEc.xlf", "ec-isolated"],
  ["bad_InvalidIsolatedOnSc.xlf", "sc-isolated"],
  ["bad_InvalidLoneEm.xlf", "em-start"],
  ["bad_InvalidLoneSm.xlf", "sm-end"],
  ["bad_InvalidNoteRefInUnit.xlf", "comment-ref"],
  ["bad_InvalidNotesInFile.xlf", "content"],
  ["bad_InvalidNotesInGroup.xlf", "content"],
  ["bad_InvalidNotesInUnit.xlf", "content"],
  ["bad_InvalidStateValue.xlf", "state"],
  ["bad_InvalidTranslateInSegment.xlf", "attribute"],
  ["bad_InvalidTypeSubTypeValues.xlf", "sub-type"],
  ["bad_InvalidTypeValue.xlf", "type"],
  ["bad_InvalidValidation.xlf", "module-element"],
  ["bad_InvalidXmlLangInheritedFromFile.xlf", "xml-lang"],
  ["bad_InvalidXmlLangInheritedFromGroup.xlf", "xml-lang"],
  ["bad_InvalidXmlLangInheritedFromUnit.xlf", "xml-lang"],
  ["bad_InvalidXmlLangOnFile.xlf", "xml-lang"],
  ["bad_InvalidXmlLangOnGroup.xlf", "xml-lang"],
  ["bad_InvalidXmlLangOnUnit.xlf", "xml-lang"],
  ["bad_IsolatedEcWithId.xlf", "ec-isolated"],
  ["bad_MissingIsolatedOnEc.xlf", "ec-start"],
  ["bad_MissingIsolatedOnSc.xlf", "sc-isolated"],
  ["bad_MissingNonRemovable1.xlf", "can-delete"],
  ["bad_MissingNonRemovable2.xlf", "can-delete"],
  ["bad_MissingReorderFirstNo.xlf", "reorder-first-no"],
  ["bad_NoFile.xlf", "content"],
  ["bad_NoTrgLang.xlf", "trgLang"],
  ["bad_NoTrgLangWithIgnorable.xlf", "trgLang"],
  ["bad_NoUnitOrGroupInFile.xlf", "content"],
  ["bad_NonEmptySkeletonWithHref.xlf", "skeleton"],
  ["bad_NonIsolatedEcWithoutStartRef.xlf", "ec-start"],
  ["bad_NotesWithoutNote.xlf", "content"],
  ["bad_OrderNotUnique1.xlf", "order"],
  ["bad_OrderNotUnique2.xlf", "order"],
  ["bad_OriginalDataWithoutData.xlf", "content"],
  ["bad_PartIdNotUnique.xlf", "part-id"],
  ["bad_RefAndValueInComment.xlf", "comment"],
  ["bad_SegmentIdNotUnique.xlf", "part-id"],
  ["bad_SegmentWithoutSource.xlf", "content"],
  ["bad_SrcLangNotWellFormed.xlf", "language-tag"],
  ["bad_SubFlowWithInvalidReference.xlf", "sub-flows"],
  ["bad_SubFlowWithInvalidValue.xlf", "sub-flows"],
  ["bad_SubStateWithoutState.xlf", "sub-state"],
  ["bad_SubTypeWithoutType.xlf", "sub-type"],
  ["bad_TrgLangNotWellFormed.xlf", "language-tag"],
  ["bad_TwoSourceInUnit.xlf", "content"],
  ["bad_UnitWithoutSegment.xlf", "unit-segment"],
  ["bad_UnknownDataRefEndValue.xlf", "data-ref"],
  ["bad_UnknownDataRefStartValue.xlf", "data-ref"],
  ["bad_UnknownDataRefValue.xlf", "data-ref"],
  ["bad_WrongLangOnTarget.xlf", "xml-lang"],
  ["bad_WrongReordering1.xlf", "reorder"],
  ["bad_WrongReordering2.xlf", "reorder"],
  ["bad_WrongSourceLang.xlf", "xml-lang"],
  ["bad_WrongTargetLang.xlf", "xml-lang"],
  ["bad_XmlLangNotWellFormed.xlf", "language-tag"],
  ["bad_YesCanReorderInEcForFirstNoInSc.xlf", "sc-ec-mismatch"],
  ["bad_canReorderContext1.xlf", "can-reorder"],
  ["bad_canReorderContext2.xlf", "can-reorder"],
  ["bad_canReorderContext3.xlf", "can-reorder"],
];

const MODULES_INVALID: [string, string][] = [
  ["Bad-ctr-property-not-legit-category.xlf", "ctr-property"],
  ["Bad-ctr_appliesTo-not-using-ref-to-resolvableID.xlf", "ctr-ref"],
  ["Bad-ctr_property-not-content-or-valid-attribute-ref.xlf", "ctr-property"],
  ["Bad-ctr_ref-not-pointed-to-resolvableID.xlf", "ctr-ref"],
  ["Bad-ctr_revisions-not-using-ref-to-resolvableID.xlf", "ctr-ref"],
  ["Bad-fs_fs-not-valid-HTML.xlf", "fs-value"],
  ["Bad-fs_subFs-not-allowed-w-o-fs.xlf", "fs-subfs"],
  ["Bad-gls_glossEntry-and-translation-not-unique-in-glossary.xlf", "gls-id"],
  ["Bad-gls_glossEntry-w-o-translation-or-definition.xlf", "gls-entry"],
  ["Bad-gls_invalid-extension.xlf", "module-element-place"],
  ["Bad-mda_meta-missing-type.xlf", "mda-type"],
  ["Bad-mda_meta-missplaced-appliesTo.xlf", "mda-applies-to"],
  ["Bad-mda_metaGroup-id-not-nmtoken.xlf", "id"],
  ["Bad-mda_metaGroup-id-not-unique.xlf", "mda-id"],
  ["Bad-mda_metaGroup-invalid-appliesTo.xlf", "mda-applies-to"],
  ["Bad-mda_metadata-id-not-nmtoken.xlf", "id"],
  ["Bad-mda_missing-metaGroup.xlf", "module-content"],
  ["Bad-mtc_id-not-nmtoken.xlf", "id"],
  ["Bad-mtc_match-ID-not-unique.xlf", "mtc-id"],
  ["Bad-mtc_match-has-xml_lang.xlf", "mtc-lang"],
  ["Bad-mtc_subType-w-o-type-match.xlf", "mtc-sub-type"],
  ["Bad-mtc_type-value-not-in-list.xlf", "mtc-type"],
  ["Bad-mtc_wrong-ref-syntax.xlf", "mtc-ref"],
  ["Bad-mtc_wrong-ref-value.xlf", "mtc-ref"],
  ["Bad-res_resourceItem-not-unique.xlf", "res-id"],
  ["Bad-res_resourceItemRef-not-unique.xlf", "res-id"],
  ["Bad-res_source-has-content-and-href.xlf", "res-href"],
  ["Bad-res_source-xml_lang-not-same-as-xliff.xlf", "res-lang"],
  ["Bad-slr_equivStorage-ec-not-isolated.xlf", "slr-ec"],
  ["Bad-slr_equivStorage-not-integer.xlf", "slr-integer"],
  ["Bad-slr_sizeInfo-ec-not-isolated.xlf", "slr-ec"],
  ["Bad-slr_sizeInfo-not-integer.xlf", "slr-integer"],
  ["Bad-slr_sizeInfo-with-sizeInfoRef.xlf", "slr-size-info"],
  ["Bad-slr_sizeInfoRef-ec-not-isolated.xlf", "slr-ec"],
  ["Bad-slr_sizeInfoRef-has-no-data-sib.xlf", "slr-size-info-ref"],
  ["Bad-slr_sizeInfoRef-with-sizeInfo.xlf", "slr-size-info"],
  ["Bad-slr_sizeRestriction-patterns.xlf", "slr-pattern"],
  ["Bad-slr_storageRestriction-patterns.xlf", "slr-pattern"],
  ["Bad-val_ExactlyOneAttributeOnRule.xlf", "val-rule"],
  ["Bad-val_existsInSourcePatternOnRule.xlf", "val-exists"],
  ["Bad-val_invalid-caseSensitive.xlf", "val-value"],
  ["Bad-val_invalid-normalization.xlf", "val-value"],
  ["Bad-val_invalid-occurs.xlf", "val-value"],
];

describe("the OASIS XLIFF 2.1 test suite", () => {
  it("has the files this table names (25 core valid, 34 modules valid, 119 + 43 invalid, 18 in-out)", () => {
    expect(files("core/valid")).toHaveLength(25);
    expect(files("modules/valid")).toHaveLength(34);
    expect(files("core/invalid")).toEqual(CORE_INVALID.map(([f]) => f).sort());
    expect(files("modules/invalid")).toEqual(MODULES_INVALID.map(([f]) => f).sort());
    expect(files("core/in-out")).toHaveLength(18);
  });

  it.each([
    ...files("core/valid").map((f) => ["core/valid", f]),
    ...files("modules/valid").map((f) => ["modules/valid", f]),
  ])("reads valid %s/%s", (dir, file) => {
    expect(refusal(() => read(dir, file)).rule).toBe("accepted");
  });

  it("reads the XLIFF 2.2 everything-core.xlf", () => {
    const document = readXliff(fs.readFileSync(EVERYTHING_22));
    expect(document.version).toBe("2.2");
    expect(document.segments.length).toBeGreaterThan(0);
  });

  it.each(CORE_INVALID)("refuses core/invalid/%s for %s", (file, rule) => {
    expect(refusal(() => read("core/invalid", file)).rules).toContain(rule);
  });

  it.each(MODULES_INVALID)("refuses modules/invalid/%s for %s", (file, rule) => {
    expect(refusal(() => read("modules/invalid", file)).rules).toContain(rule);
  });

  it.each(files("core/in-out"))(
    "round-trips core/in-out/%s (read, write, read: same tree and segments)",
    (file) => {
      const first = read("core/in-out", file);
      const written = writeXmlTree(first.tree);
      const second = readXliff(new TextEncoder().encode(written));
      expect(second.segments).toEqual(first.segments);
      expect(writeXmlTree(parseXmlTree(written))).toBe(written);
    },
  );
});
