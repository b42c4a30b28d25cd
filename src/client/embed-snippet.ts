// The copy button of each "Intégrer cette figure" (EmbedSnippet.astro): shown once this
// script runs; without it, the code stays selectable in its text area.
export function enhanceEmbedSnippets(root: ParentNode = document): void {
  for (const snippet of root.querySelectorAll<HTMLElement>('[data-embed-snippet]')) {
    const code = snippet.querySelector<HTMLTextAreaElement>('[data-embed-code]');
    const button = snippet.querySelector<HTMLButtonElement>('[data-embed-copy]');
    const status = snippet.querySelector<HTMLElement>('[data-embed-status]');
    if (!code || !button || !status || button.dataset.enhanced) continue;
    button.dataset.enhanced = 'true';
    button.hidden = false;
    // a click in the text area selects the whole code, ready to copy by hand
    code.addEventListener('focus', () => code.select());
    button.addEventListener('click', async () => {
      code.select();
      let copied = false;
      try {
        await navigator.clipboard.writeText(code.value);
        copied = true;
      } catch {
        copied = document.execCommand?.('copy') ?? false;
      }
      status.textContent = copied ? 'Code copié.' : 'Copie impossible ici : le code est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).';
    });
  }
}
