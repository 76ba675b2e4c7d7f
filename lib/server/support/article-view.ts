/** Moved to lib/data/articles.ts (issue 16); kept so UI type imports still build. */
export type { ArticleView } from "@/lib/data/articles";
export { toArticleView } from "@/lib/data/articles";
