export interface ArticleView {
  id: string;
  title: string;
  publisher: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: string | null;
  doc: unknown;
  text: string;
  version: number;
  revisionNumber: number;
  createdBy: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
}

export function toArticleView(a: {
  id: string;
  title: string;
  publisher: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: Date | null;
  doc: string;
  text: string;
  version: number;
  revisionNumber: number;
  createdBy: { id: string; name: string };
  createdAt: Date;
  updatedAt: Date;
}): ArticleView {
  return {
    id: a.id,
    title: a.title,
    publisher: a.publisher,
    byline: a.byline,
    url: a.url,
    publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null,
    doc: JSON.parse(a.doc) as unknown,
    text: a.text,
    version: a.version,
    revisionNumber: a.revisionNumber,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
