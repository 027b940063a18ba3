// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { deckStorageKey, isDefaultDeck, parseDeck, resolveDeck, storeDeck } from '../../src/features/meeting/lib/deck-choice';
import { slideIds } from '../../src/features/meeting/domain/slides';

afterEach(() => localStorage.clear());

describe('the choice of slides', () => {
  it('reads ?deck= in its order, dropping unknown and repeated slides', () => {
    expect(parseDeck('closing,kpi,ranking')).toEqual(['closing', 'kpi', 'ranking']);
    expect(parseDeck(' kpi , nope,kpi,par')).toEqual(['kpi', 'par']);
    expect(parseDeck('nope')).toBeNull();
    expect(parseDeck('')).toBeNull();
    expect(parseDeck(null)).toBeNull();
  });

  it('takes the URL first, then what the user kept, then every slide', () => {
    expect(resolveDeck('par,kpi', 'closing')).toEqual(['par', 'kpi']);
    expect(resolveDeck(null, 'closing,months')).toEqual(['closing', 'months']);
    expect(resolveDeck('junk', 'closing')).toEqual(['closing']);
    expect(resolveDeck(null, null)).toEqual(slideIds);
  });

  it('keeps a deck per user, and forgets the default one', () => {
    storeDeck('u1', ['ranking', 'kpi']);
    storeDeck('u2', ['closing']);
    expect(localStorage.getItem(deckStorageKey('u1'))).toBe('ranking,kpi');
    expect(localStorage.getItem(deckStorageKey('u2'))).toBe('closing');
    expect(deckStorageKey('u1')).toContain('u1');
    storeDeck('u1', [...slideIds]);
    expect(localStorage.getItem(deckStorageKey('u1'))).toBeNull();
    expect(isDefaultDeck(slideIds)).toBe(true);
    expect(isDefaultDeck(['kpi'])).toBe(false);
  });
});
