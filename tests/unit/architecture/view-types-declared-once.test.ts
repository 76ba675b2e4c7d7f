import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { ArticleView as DataArticleView } from "@/lib/data/articles";
import type { ClaimView as DataClaimView } from "@/lib/data/claims";
import type { NewsroomSettings as DataNewsroomSettings } from "@/lib/data/settings";
import type { UserRecord } from "@/lib/data/users";
import type { ArticleView } from "@/lib/contracts/articles";
import type { ClaimView } from "@/lib/contracts/claims";
import type { NewsroomSettings } from "@/lib/contracts/settings";
import type { PublicUser } from "@/lib/contracts/users";
import type { ClaimAnchor } from "@/lib/revisions";

/**
 * One declaration of each response type (issue 16, items 3 and 6). The API's response and
 * request types live in lib/contracts, the registry the UI imports; the data layer maps rows
 * to them and imports them (`import type`, so lib/data gets no zod at run time and there is no
 * cycle: lib/contracts imports nothing from lib/data or lib/server). A second `interface
 * ClaimView` or `type ClaimView =` anywhere in app/ or lib/ fails here; re-exports
 * (`export type { ClaimView } from …`) are not declarations and are fine. The anchor fields are
 * declared once too: ClaimView extends ClaimAnchor (lib/revisions), which extends Anchor
 * (lib/anchoring).
 */
const ROOT = path.resolve(import.meta.dirname, "../../..");
const SCANNED = ["app", "lib", "components"];
const SKIPPED = ["lib/generated/"];

function sourceFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(path.join(ROOT, dir));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const rel = path.posix.join(dir, name);
    if (name === "node_modules" || name.startsWith(".") || SKIPPED.some((s) => rel.startsWith(s))) return [];
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [rel] : [];
  });
}

/** The type names a source declares (interface, type alias, class), not those it re-exports. */
export function declaredTypeNames(source: string): string[] {
  return [...source.matchAll(/^[ \t]*(?:export[ \t]+)?(?:declare[ \t]+)?(?:interface|type|class)[ \t]+([A-Za-z_$][\w$]*)[ \t]*(?:<[^\n]*?>)?[ \t]*(?:=|\{|extends\b)/gm)].map((m) => m[1]);
}

/** Where each name is declared, over app/, lib/ and components/. */
function declarations(): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const file of SCANNED.flatMap(sourceFiles)) {
    for (const name of declaredTypeNames(readFileSync(path.join(ROOT, file), "utf8"))) {
      where.set(name, [...(where.get(name) ?? []), file]);
    }
  }
  return where;
}

/** Every type lib/contracts declares (its views, inputs and contract shapes). */
function contractTypeNames(): string[] {
  return sourceFiles("lib/contracts").flatMap((file) => declaredTypeNames(readFileSync(path.join(ROOT, file), "utf8")));
}

describe("each response view type is declared once (issue 16)", () => {
  const where = declarations();

  it("finds the views the issue names in lib/contracts", () => {
    const names = contractTypeNames();
    for (const name of ["ClaimView", "LinkedSourceView", "ReviewNoteView", "ArticleView", "PersonRef", "NewsroomSettings", "PublicUser", "ArchiveSummary", "CommentView", "ThreadView"]) {
      expect(names, name).toContain(name);
    }
    expect(names.length).toBeGreaterThan(25);
  });

  it("no type lib/contracts declares is declared again anywhere in app/ or lib/", () => {
    const twice = contractTypeNames()
      .map((name) => [name, where.get(name) ?? []] as const)
      .filter(([, files]) => files.length !== 1)
      .map(([name, files]) => `${name}: ${files.join(", ")}`);
    expect(twice, "declare it in lib/contracts only and import it (`import type`) where it is mapped").toEqual([]);
  });

  it("the anchor type is declared once (ClaimAnchor in lib/revisions, on Anchor in lib/anchoring)", () => {
    expect(where.get("ClaimAnchor")).toEqual(["lib/revisions/reanchor-plan.ts"]);
    expect(where.get("Anchor")).toEqual(["lib/anchoring/selectors.ts"]);
    expectTypeOf<ClaimView>().toExtend<ClaimAnchor>();
  });

  it("the data layer's names for them are the contracts' types", () => {
    expectTypeOf<DataClaimView>().toEqualTypeOf<ClaimView>();
    expectTypeOf<DataArticleView>().toEqualTypeOf<ArticleView>();
    expectTypeOf<DataNewsroomSettings>().toEqualTypeOf<NewsroomSettings>();
    expectTypeOf<UserRecord>().toEqualTypeOf<PublicUser>();
  });

  it("recognises a declaration and ignores a re-export (the check can fail)", () => {
    expect(declaredTypeNames("export interface ClaimView extends ClaimAnchor {\n")).toEqual(["ClaimView"]);
    expect(declaredTypeNames("interface ClaimView {\n  id: string;\n}")).toEqual(["ClaimView"]);
    expect(declaredTypeNames("export type ClaimView = z.output<typeof claimViewSchema>;")).toEqual(["ClaimView"]);
    expect(declaredTypeNames("  type PersonRef<T> = { id: T };")).toEqual(["PersonRef"]);
    expect(declaredTypeNames('export type { ClaimView } from "@/lib/contracts/claims";\nexport type { PersonRef };')).toEqual([]);
    expect(declaredTypeNames('import type { ClaimView } from "@/lib/contracts/claims";')).toEqual([]);
  });
});
