/**
 * Copies text to the clipboard. The Clipboard API needs a secure context (https or localhost), which
 * a LAN workshop server on plain http is not: then the field showing the text is selected, so
 * Ctrl/Cmd+C copies it, and the caller says so. Returns whether the text is on the clipboard.
 */
export async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused: fall back to selecting the text.
  }
  field?.focus();
  field?.select();
  return false;
}
