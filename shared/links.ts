/** A link the app may open outside itself: http and https only; anything else is not a link. */
export function safeExternalUrl(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
