// Keyboard shortcuts share one rule: keys typed into a field, or with a modifier, are the field's.

/** Keys typed into a field, or with a modifier, are the field's, not shortcuts. */
export function isTyping(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  if (e.ctrlKey || e.metaKey || e.altKey) return true;
  return !!t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
}
