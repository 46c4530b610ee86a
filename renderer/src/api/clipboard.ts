/** The system clipboard: through the Electron bridge (main checks what it is given), or the web's in browser mode. */
import { refusal } from './files';

export async function copyText(text: string): Promise<void> {
  const bridge = window.bilateral;
  if (bridge) {
    const result = await bridge.copyText(text);
    if (!result.ok) throw refusal(result);
  } else {
    await navigator.clipboard.writeText(text);
  }
}

export async function copyPng(bytes: Uint8Array): Promise<void> {
  const bridge = window.bilateral;
  if (bridge) {
    const result = await bridge.copyImage(bytes);
    if (!result.ok) throw refusal(result);
  } else {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([bytes as BlobPart], { type: 'image/png' }) })]);
  }
}
