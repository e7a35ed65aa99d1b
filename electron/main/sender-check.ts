// Decides whether an IPC call or a navigation comes from the app's own page and nothing else.

export interface AppPage {
  /** URL of the built page: app://luoshi/index.html (see app-protocol.ts). */
  url: string;
  /** Development server origin, when running against `vite` (never in a packaged app). */
  devUrl?: string;
}

function withoutFragment(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    parsed.search = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/** True when url is the app page itself (any fragment or query), or a page on the dev server. */
export function isAppUrl(url: string | undefined | null, page: AppPage): boolean {
  if (!url) return false;
  const bare = withoutFragment(url);
  if (bare === null) return false;
  if (bare === withoutFragment(page.url)) return true;
  if (page.devUrl) {
    try {
      return new URL(url).origin === new URL(page.devUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/** The part of an IPC event the check needs (Electron's IpcMainInvokeEvent has it). */
export interface SenderLike {
  senderFrame?: { url: string; parent: unknown } | null;
}

/** Only the top frame of the app page may call the API: no iframe, no other page. */
export function isTrustedSender(event: SenderLike, page: AppPage): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  return isAppUrl(frame.url, page);
}
