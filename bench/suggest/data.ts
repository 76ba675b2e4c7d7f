// Labelled articles as the trainer and the evaluation see them: the rebuilt article text and
// the labelled sentence ranges inside it.
import { articleText, loadSplit, writerOf, type LabelledArticle, type Split } from "@/tests/fixtures/checkworthy/load";
import type { TrainingArticle } from "@/lib/suggest/model/train";

export function withRanges(article: LabelledArticle): TrainingArticle {
  const text = articleText(article);
  let cursor = 0;
  const sentences = article.sentences.map((s) => {
    const start = text.indexOf(s.text, cursor);
    if (start < 0) throw new Error(`${article.name}: sentence not found in rebuilt text`);
    cursor = start + s.text.length;
    return { start, end: cursor, label: s.label };
  });
  return { name: article.name, text, sentences, writer: writerOf(article) };
}

export function loadArticles(split: Split): TrainingArticle[] {
  return loadSplit(split).map(withRanges);
}
