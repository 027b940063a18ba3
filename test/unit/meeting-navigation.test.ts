import { describe, expect, it } from 'vitest';
import { commandForKey, slideFromParam } from '../../src/features/meeting/domain/navigation';

describe('meeting navigation', () => {
  it('reads ?slide=N as 1-based and keeps a slide past the end', () => {
    expect(slideFromParam(null)).toBe(0);
    expect(slideFromParam('4')).toBe(3);
    expect(slideFromParam('99')).toBe(98);
    expect(slideFromParam('0')).toBe(0);
    expect(slideFromParam('abc')).toBe(0);
  });

  it('moves with the clicker keys and stops at both ends', () => {
    expect(commandForKey('ArrowRight', 2, 7, '')).toEqual({ kind: 'go', index: 3 });
    expect(commandForKey('PageDown', 6, 7, '')).toEqual({ kind: 'go', index: 6 });
    expect(commandForKey(' ', 0, 7, '')).toEqual({ kind: 'go', index: 1 });
    expect(commandForKey('ArrowLeft', 0, 7, '')).toEqual({ kind: 'go', index: 0 });
    expect(commandForKey('PageUp', 3, 7, '')).toEqual({ kind: 'go', index: 2 });
    expect(commandForKey('Home', 5, 7, '')).toEqual({ kind: 'go', index: 0 });
    expect(commandForKey('End', 1, 7, '')).toEqual({ kind: 'go', index: 6 });
    // From past the end, back goes to the last slide.
    expect(commandForKey('ArrowLeft', 6, 7, '')).toEqual({ kind: 'go', index: 5 });
  });

  it('jumps to a typed number on Enter, clamped to the deck', () => {
    expect(commandForKey('1', 0, 7, '')).toEqual({ kind: 'digit', buffer: '1' });
    expect(commandForKey('2', 0, 7, '1')).toEqual({ kind: 'digit', buffer: '12' });
    expect(commandForKey('Enter', 0, 7, '5')).toEqual({ kind: 'go', index: 4 });
    expect(commandForKey('Enter', 0, 7, '12')).toEqual({ kind: 'go', index: 6 });
    expect(commandForKey('Enter', 3, 7, '')).toEqual({ kind: 'none' });
  });

  it('maps F, B, . and Esc', () => {
    expect(commandForKey('f', 0, 7, '').kind).toBe('fullscreen');
    expect(commandForKey('B', 0, 7, '').kind).toBe('black');
    expect(commandForKey('.', 0, 7, '').kind).toBe('black');
    expect(commandForKey('Escape', 0, 7, '').kind).toBe('leave');
    expect(commandForKey('x', 0, 7, '').kind).toBe('none');
  });
});
