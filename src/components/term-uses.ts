// A term's uses, article by article, in the articles' order. A use names its article by seed
// file name (TermUse.article, as evidence does), not by slug. Grouped in one pass: filtering
// every use per article was O(articles × uses) per term, which `npm run bench` showed growing
// quadratically with the corpus.
import type { ArticleRecord, TermUse } from '../model/generated.ts';

export function termUsesByArticle(uses: readonly TermUse[], articles: readonly ArticleRecord[]): Array<{ article: ArticleRecord; sentences: string[] }> {
  const sentencesByFile = new Map<string, string[]>();
  for (const use of uses) {
    const list = sentencesByFile.get(use.article);
    if (list) list.push(use.sentence);
    else sentencesByFile.set(use.article, [use.sentence]);
  }
  return articles.filter((article) => sentencesByFile.has(article.file)).map((article) => ({ article, sentences: sentencesByFile.get(article.file)! }));
}
