// Light/dark theme: the CSS follows the system preference by itself (light-dark() +
// color-scheme); this script only adds the reader's explicit choice, kept in
// localStorage (never a cookie), as data-theme on <html>.
//
// Why no flash for most readers: the default needs no script at all. A reader whose
// stored choice differs from the system preference may see the system theme for the
// instant before this deferred module runs: CSP forbids the inline <head> script that
// would avoid it, and a blocking external script would cost every reader a request.
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
    button.hidden = false;
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
