// The site's name and one-line description: plain constants, importable from Node
// scripts and build-time code that cannot read import.meta.env.
export const siteName = 'Le cloud souverain européen';
export const siteDescription =
  'Comment l’Europe a tenté, de 2013 à 2025, de bâtir un cloud souverain : articles annotés, glossaire, acteurs, chronologie et réseau.';
