import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandForKey } from '../../src/features/meeting/domain/navigation';
import {
  deckKey,
  openDeckSide,
  openPresenterChannel,
  openPresenterSide,
  readMessage,
  type DeckState,
} from '../../src/features/meeting/lib/presenter-channel';

const DECK = deckKey({ period: { from: '2022-01', to: '2022-12' }, unit: 'huyen-thuong-tin' });
let n = 0;
/** A channel name of the test's own, so tests running in the same worker do not hear each other. */
const fresh = () => `test-presenter-${process.pid}-${++n}`;
const closers: (() => void)[] = [];
afterEach(() => {
  while (closers.length) closers.pop()!();
});

/** A deck whose slide is a plain variable, moved by the presenter's `go`. */
function fakeDeck(name: string, start: { slide: number; startedAt: number }, forDeck = DECK) {
  const deck = { ...start, count: 7 };
  const side = openDeckSide(
    forDeck,
    {
      getState: () => ({ slide: deck.slide, count: deck.count, startedAt: deck.startedAt }),
      onGo: (s) => {
        deck.slide = s;
        side.announce();
      },
      onReset: () => {
        deck.startedAt = 5_000;
        side.announce();
      },
    },
    name,
  );
  closers.push(() => side.close());
  return { deck, side };
}

function fakePresenter(name: string, forDeck = DECK) {
  const states: DeckState[] = [];
  const byes = vi.fn();
  const side = openPresenterSide(forDeck, { onState: (s) => states.push(s), onBye: byes }, name);
  closers.push(() => side.close());
  const last = () => states[states.length - 1];
  return { side, states, byes, last };
}

describe('the presenter channel', () => {
  it('reads only well-formed messages for its own deck', () => {
    expect(readMessage({ type: 'go', deck: DECK, slide: 2 }, DECK)).toEqual({ type: 'go', deck: DECK, slide: 2 });
    expect(readMessage({ type: 'go', deck: 'other', slide: 2 }, DECK)).toBeNull();
    expect(readMessage({ type: 'go', deck: DECK, slide: -1 }, DECK)).toBeNull();
    expect(readMessage({ type: 'go', deck: DECK, slide: '2' }, DECK)).toBeNull();
    expect(readMessage({ type: 'jump', deck: DECK }, DECK)).toBeNull();
    expect(readMessage('hello', DECK)).toBeNull();
    expect(readMessage(null, DECK)).toBeNull();
  });

  it('a presenter that opens after the deck gets its slide; moves in the deck reach it', async () => {
    const name = fresh();
    const { deck, side } = fakeDeck(name, { slide: 3, startedAt: 1_000 });
    const presenter = fakePresenter(name);
    await vi.waitFor(() => expect(presenter.last()).toEqual({ type: 'state', deck: DECK, slide: 3, count: 7, startedAt: 1_000 }));
    deck.slide = 4;
    side.announce();
    await vi.waitFor(() => expect(presenter.last()?.slide).toBe(4));
  });

  it('the presenter moves the deck and resets its clock', async () => {
    const name = fresh();
    const { deck } = fakeDeck(name, { slide: 0, startedAt: 1_000 });
    const presenter = fakePresenter(name);
    await vi.waitFor(() => expect(presenter.last()?.slide).toBe(0));
    presenter.side.go(2);
    await vi.waitFor(() => expect(deck.slide).toBe(2));
    await vi.waitFor(() => expect(presenter.last()?.slide).toBe(2));
    presenter.side.reset();
    await vi.waitFor(() => expect(presenter.last()?.startedAt).toBe(5_000));
  });

  it('reconnects after a reload of either side', async () => {
    const name = fresh();
    const { deck } = fakeDeck(name, { slide: 1, startedAt: 1_000 });
    const first = fakePresenter(name);
    first.side.go(2);
    await vi.waitFor(() => expect(deck.slide).toBe(2));
    first.side.close();

    // The presenter reloads: it asks, the deck answers with the slide it is on.
    const again = fakePresenter(name);
    await vi.waitFor(() => expect(again.last()?.slide).toBe(2));

    // The deck reloads (its slide is in its URL): the presenter hears it leave, then its state again.
    closers.shift()!();
    await vi.waitFor(() => expect(again.byes).toHaveBeenCalled());
    fakeDeck(name, { slide: 2, startedAt: 1_000 });
    await vi.waitFor(() => expect(again.states.length).toBeGreaterThanOrEqual(2));
    expect(again.last()?.slide).toBe(2);
  });

  it('a deck of other filters neither answers nor moves', async () => {
    const name = fresh();
    const other = deckKey({ period: { from: '2023-01', to: '2023-12' }, unit: 'huyen-thuong-tin' });
    const { deck } = fakeDeck(name, { slide: 5, startedAt: 1_000 }, other);
    const presenter = fakePresenter(name);
    presenter.side.go(1);
    // A message that does reach both is the proof that the others had time to arrive.
    const seen = vi.fn();
    const probe = openPresenterChannel(other, seen, name);
    closers.push(() => probe.close());
    const sender = openPresenterChannel(other, () => {}, name);
    closers.push(() => sender.close());
    sender.send({ type: 'reset' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    expect(presenter.states).toEqual([]);
    expect(deck.slide).toBe(5);
  });
});

describe('the presenter key', () => {
  it('P opens the presenter view', () => {
    expect(commandForKey('p', 0, 7, '')).toEqual({ kind: 'presenter' });
    expect(commandForKey('P', 3, 7, '')).toEqual({ kind: 'presenter' });
  });
});
