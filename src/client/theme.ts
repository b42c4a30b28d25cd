// Light/dark theme: the CSS follows the system preference by itself (light-dark() +
// color-scheme); the reader's explicit choice is kept in localStorage (never a cookie)
// and set as data-theme on <html>. A tiny inline script in <head>
// (theme-init.inline.js, allowed by its hash in the CSP) applies a stored choice before
// the first paint, so there is no flash; this module runs later and adds the toggle.
type Theme = 'light' | 'dark';
const storageKey = 'theme';
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // storage blocked (private mode, policy): follow the system
  }
}

function store(theme: Theme | null): void {
  try {
    if (theme) localStorage.setItem(storageKey, theme);
    else localStorage.removeItem(storageKey);
  } catch {
    // nothing to do: the choice lasts for this page only
  }
}

function effectiveTheme(): Theme {
  return storedTheme() ?? (systemDark.matches ? 'dark' : 'light');
}

function apply(buttons: HTMLButtonElement[]): void {
  const override = storedTheme();
  if (override) document.documentElement.dataset.theme = override;
  else delete document.documentElement.dataset.theme;
  const dark = effectiveTheme() === 'dark';
  for (const button of buttons) button.setAttribute('aria-pressed', String(dark));
}

export function enhanceThemeToggle(): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')];
  apply(buttons);
  for (const button of buttons) {
    delete button.dataset.pending;
    button.addEventListener('click', () => {
      const next: Theme = effectiveTheme() === 'dark' ? 'light' : 'dark';
      const system: Theme = systemDark.matches ? 'dark' : 'light';
      // Choosing what the system already says means "follow the system" again.
      store(next === system ? null : next);
      apply(buttons);
    });
  }
  systemDark.addEventListener('change', () => apply(buttons));
  // Another tab changed the choice.
  window.addEventListener('storage', (event) => {
    if (event.key === storageKey) apply(buttons);
  });
}
