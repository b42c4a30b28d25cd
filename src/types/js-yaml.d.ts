// js-yaml is what Astro reads MDX frontmatter with (via @astrojs/internal-helpers); the link
// cards read the generated frontmatter with it too, and the tests check it. It ships no types,
// and only `load` is used.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
