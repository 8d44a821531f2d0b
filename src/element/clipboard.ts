import type { CopyMethod } from '../quiz/events.js';
import { UI } from './strings.js';

/**
 * Writes text to the clipboard: the async Clipboard API where the page
 * allows it, else a selected textarea and `execCommand('copy')`. Returns
 * how the text was copied; on 'manual' the textarea is left selected so
 * the reader can copy it by hand.
 */
export async function copyText(text: string, fallback: HTMLTextAreaElement): Promise<CopyMethod> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'clipboard';
    }
  } catch {
    // Refused (no permission, not focused, blocked by the host): fall back.
  }
  fallback.value = text;
  fallback.hidden = false;
  fallback.focus();
  fallback.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  if (copied) fallback.hidden = true;
  return copied ? 'selection' : 'manual';
}

/**
 * Copies the result's text, or its share link; returns how it was copied
 * and the status line for the reader.
 */
export async function copyOut(text: string, fallback: HTMLTextAreaElement, link: boolean): Promise<[CopyMethod, string]> {
  fallback.ariaLabel = link ? UI.share : UI.copyLabel;
  const method = await copyText(text, fallback);
  if (method === 'manual') return [method, UI.copyFailed(link ? 'link' : 'text')];
  return [method, link ? UI.linkCopied : UI.copied];
}
