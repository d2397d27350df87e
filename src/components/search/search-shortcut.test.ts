import { describe, expect, it } from 'vitest';
import { isSearchShortcut, type KeyPress } from './search-shortcut.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('isSearchShortcut', () => {
  it('opens search on / outside a text field, including layouts where / needs Shift', () => {
    expect(isSearchShortcut(press('/'), false)).toBe(true);
    expect(isSearchShortcut(press('/', { shiftKey: true }), false)).toBe(true);
  });

  it('leaves / alone while the reader is typing in a field', () => {
    expect(isSearchShortcut(press('/'), true)).toBe(false);
  });

  it('opens search on Ctrl+K and Cmd+K, even from a field', () => {
    expect(isSearchShortcut(press('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(press('K', { metaKey: true }), false)).toBe(true);
  });

  it('ignores other combinations and keys pressed while an IME is composing', () => {
    expect(isSearchShortcut(press('k'), false)).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isSearchShortcut(press('/', { ctrlKey: true }), false)).toBe(false);
    expect(isSearchShortcut(press('/', { isComposing: true }), false)).toBe(false);
  });
});
