/**
 * The window's security rules: the app's own page may not navigate anywhere, open windows, or ask for
 * permissions; links to http(s) pages open in the user's browser (the user clicked them), and no other
 * scheme is ever handed to the system.
 */
import { shell, session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/security';
import { safeExternalUrl } from '../shared/links';
import { isAllowedRequest, type RequestPolicy } from './request-filter';

export function hardenSession(policy: RequestPolicy): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // No remote content, and of local files only the app's own folders (request-filter.ts).
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, policy) }));
}

export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = safeExternalUrl(url);
    if (external) void shell.openExternal(external);
    return { action: 'deny' };
  });
}
