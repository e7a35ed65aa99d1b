// Browser mode: the per-run token arrives in the URL fragment; keep it for this tab and take it out of the address bar.
const KEY = 'luoshi-token';

export function takeToken(win: Window): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(win.location.hash);
  if (match) {
    const token = decodeURIComponent(match[1]);
    try {
      win.sessionStorage.setItem(KEY, token);
    } catch {
      /* storage disabled: the token lives only in memory */
    }
    win.history.replaceState(null, '', win.location.pathname + win.location.search);
    return token;
  }
  try {
    return win.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}
