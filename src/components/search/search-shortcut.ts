/**
 * Which key presses open search: `/` (unless the reader is typing into a
 * field, where it must stay a slash) and Ctrl+K / Cmd+K anywhere.
 */

/** The parts of a KeyboardEvent the decision needs. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

/** True for a press that should open search; `typing` says whether focus is in an editable field. */
export function isSearchShortcut(press: KeyPress, typing: boolean): boolean {
  if (press.isComposing || press.altKey) return false;
  if (press.key === '/') return !typing && !press.ctrlKey && !press.metaKey;
  return press.key.toLowerCase() === 'k' && press.ctrlKey !== press.metaKey && !press.shiftKey;
}

/** True when `target` takes typed text (input, textarea, select or contenteditable). */
export function isTypingTarget(target: EventTarget | null): boolean {
  return (
    !!target &&
    ((target as HTMLElement).isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test((target as Element).tagName))
  );
}
