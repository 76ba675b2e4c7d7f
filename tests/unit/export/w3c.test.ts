import { describe, expect, it } from "vitest";
import { buildAnnotationCollection } from "@/lib/export/w3c";
import { SAMPLE_INPUT, SAMPLE_OPTIONS, WITH_DRAFTS } from "@/tests/fixtures/export/sample-input";

describe("W3C Web Annotation export", () => {
  const collection = buildAnnotationCollection(SAMPLE_INPUT, WITH_DRAFTS);
  const text = SAMPLE_INPUT.article.text;

  it("is an AnnotationCollection with one page holding every included claim", () => {
    expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.id).toBe("http://localhost:3000/articles/art_sample01/annotations");
    expect(collection.total).toBe(5);
    expect(collection.first.type).toBe("AnnotationPage");
    expect(collection.first.items).toHaveLength(5);
  });

  it("anchors each annotation with quote and position selectors that agree with the text", () => {
    for (const item of collection.first.items) {
      expect(item.motivation).toBe("assessing");
      expect(item.target.source).toBe(SAMPLE_INPUT.article.url);
      const [quote, position] = item.target.selector;
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(text.slice(0, position.start).endsWith(quote.prefix)).toBe(true);
      expect(text.slice(position.end).startsWith(quote.suffix)).toBe(true);
    }
  });

  it("states the verdict, tags it, and carries the Markdown rationale", () => {
    const falseClaim = collection.first.items.find((a) => a.body.some((b) => b.purpose === "tagging" && b.value === "false"));
    expect(falseClaim?.body.find((b) => b.purpose === "assessing")?.value).toBe("False (F): Contradicted by the evidence");
    expect(falseClaim?.body.find((b) => b.purpose === "describing")).toMatchObject({ format: "text/markdown" });
    expect(falseClaim?.creator).toEqual({ type: "Person", name: "Ana Łukasiewicz" });
  });

  it("tags drafts, and leaves them out by default", () => {
    const drafts = collection.first.items.filter((a) => a.body.some((b) => b.purpose === "tagging" && b.value === "draft"));
    expect(drafts.map((a) => a.target.selector[0].exact)).toEqual(["Russia denies the meddling charge."]);
    expect(buildAnnotationCollection(SAMPLE_INPUT, SAMPLE_OPTIONS).total).toBe(4);
  });

  it("targets Factdesk's own article page when the original URL is missing", () => {
    const input = { ...SAMPLE_INPUT, article: { ...SAMPLE_INPUT.article, url: null } };
    expect(buildAnnotationCollection(input, SAMPLE_OPTIONS).first.items[0].target.source).toBe("http://localhost:3000/articles/art_sample01");
  });
});
