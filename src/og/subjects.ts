// Which pages get their own Open Graph image, and what each card says:
// (articles collection + curated glossary and actors + fixed pages) → Card[].
// The path of a card is the page's path: /og/<path>.png (routes.ogImage).
import type { Actor, ActorKind, Term } from '../model/knowledge.ts';
import type { CardContent } from './card.ts';
import { articleDateText } from '../lib/dates.ts';

export interface Card extends CardContent {
  /** 'site', 'reseau', 'articles/<slug>', 'acteurs/<id>', 'glossaire/<id>' */
  path: string;
}

/** What an article card needs from the articles collection's frontmatter. */
export interface ArticleSubject {
  slug: string;
  title: string;
  date?: string | undefined;
  dateOrigin: string;
  outlet?: string | undefined;
}

const kindLabel: Record<ActorKind, string> = {
  company: 'entreprise',
  institution: 'institution',
  state: 'État',
  person: 'personne',
  initiative: 'initiative',
  law: 'texte de loi',
};

export const pageCards: Card[] = [
  { path: 'site', kind: 'Site explicatif', title: 'Le cloud souverain européen, 2013–2025', detail: 'Articles annotés, glossaire, acteurs, chronologie et réseau' },
  { path: 'reseau', kind: 'Réseau', title: 'Qui s’allie avec qui : le réseau des acteurs', detail: 'Partenariats, missions, rachats et régulations, sources à l’appui' },
  { path: 'chronologie', kind: 'Chronologie', title: 'Dix ans de cloud souverain, date par date', detail: 'De 2013 à 2025, chaque événement relié à sa phrase source' },
  { path: 'glossaire', kind: 'Glossaire', title: 'Les mots du cloud souverain', detail: 'Cloud Act, RGPD, Gaia-X, OIV… définis et sourcés' },
  { path: 'acteurs', kind: 'Acteurs', title: 'Les acteurs du cloud souverain', detail: 'Entreprises, institutions, États, personnes et lois' },
  { path: 'a-propos', kind: 'À propos', title: 'Sources et méthode', detail: 'D’où viennent les textes et comment ils sont annotés' },
];

export function articleCards(articles: ArticleSubject[]): Card[] {
  return articles.map((article) => ({
    path: `articles/${article.slug}`,
    kind: 'Article',
    title: article.title,
    detail: [articleDateText(article.date, article.dateOrigin), article.outlet].filter(Boolean).join(' · '),
  }));
}

export function actorCards(actors: Actor[]): Card[] {
  return actors.map((actor) => ({ path: `acteurs/${actor.id}`, kind: `Acteur · ${kindLabel[actor.kind]}`, title: actor.name, detail: actor.description }));
}

export function termCards(terms: Term[]): Card[] {
  return terms.map((term) => ({ path: `glossaire/${term.id}`, kind: 'Terme du glossaire', title: term.label, detail: term.short }));
}
