// js-yaml is what Astro reads MDX frontmatter with (via @astrojs/internal-helpers); the tests
// read generated frontmatter with it too. It ships no types and only `load` is used here.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
