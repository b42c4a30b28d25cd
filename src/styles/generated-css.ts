// The stylesheets written from code rather than by hand, inlined in every page so that the
// first paint waits for no stylesheet request:
// - the figures' colours and symbol rules (the charts' vocabulary), a CSS module pages import
//   (`import 'virtual:figures.css'`), bundled and hashed for the CSP with the rest of the CSS;
// - the @font-face rules and font stacks (fonts.ts), a <style> that HeadCommon.astro writes
//   itself (bundled, their font URLs would be taken for files to resolve), allowed by the hash
//   the Astro config computes from this same function.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { fontCss } from './fonts.ts';
import { vocabularyCss } from '../charts/vocabulary.ts';

export const FIGURES_CSS_ID = 'virtual:figures.css';
const RESOLVED = `\0${FIGURES_CSS_ID}`;

const fontStylesByBase = new Map<string, string>();

/** The @font-face rules with the font files under the site's base path ('/' or '/sub'),
 *  written once per base: every page of the build asks for them. */
export function fontStyles(base: string): string {
  const root = base.replace(/\/+$/, '');
  let css = fontStylesByBase.get(root);
  if (css === undefined) {
    css = fontCss((file) => `${root}/polices/${file}`);
    fontStylesByBase.set(root, css);
  }
  return css;
}

/** The value a CSP gives to allow an inline <style> with this text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/** The Vite plugin that serves the figures' stylesheet. */
export function figuresCssPlugin(): Plugin {
  return {
    name: 'cloud-souverain:figures-css',
    resolveId(id) {
      return id === FIGURES_CSS_ID ? RESOLVED : undefined;
    },
    load(id) {
      return id === RESOLVED ? vocabularyCss() : undefined;
    },
  };
}
