// The reader's theme choice in localStorage under Starlight's key; storage that is disabled or full is the
// same as no stored choice, never an exception.
export type Theme = 'auto' | 'dark' | 'light';

const KEY = 'starlight-theme';

export const parseTheme = (theme: unknown): Theme =>
  theme === 'auto' || theme === 'dark' || theme === 'light' ? theme : 'auto';

export function loadTheme(): Theme {
  try {
    return parseTheme(localStorage.getItem(KEY));
  } catch {
    return 'auto';
  }
}

export function storeTheme(theme: Theme): void {
  try {
    localStorage.setItem(KEY, theme === 'light' || theme === 'dark' ? theme : '');
  } catch {
    // Not kept across pages; this page still shows it.
  }
}
