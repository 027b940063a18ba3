import { z } from 'zod';

/**
 * The deck (/trinh-chieu) and the presenter view (/trinh-chieu/nguoi-trinh-bay) talk over one BroadcastChannel of
 * the browser: same origin, any tab or window, no server and no popup. The deck owns the slide (it is in its URL)
 * and the moment the presentation started; the presenter asks for them and asks the deck to move.
 *
 * - `hello`: sent by a side that starts (a presenter opened or reloaded). The deck answers with `state`.
 * - `state`: the deck's slide (0-based), its slide count and when it started (ms since the epoch); sent when the
 *   deck starts, after every move and in answer to `hello`.
 * - `go`: the presenter asks the deck to show a slide; the deck moves and sends `state`.
 * - `reset`: the presenter asks the deck to start the elapsed time again; the deck sends `state`.
 * - `bye`: the deck is closing (page hidden or left): the presenter says it is no longer connected.
 *
 * Every message names its `deck`: the filters it presents, so two decks for different periods in the same browser
 * do not steer each other. A message that does not parse, or names another deck, is dropped.
 */
export const PRESENTER_CHANNEL = 'cchc-meeting-presenter';

const deck = z.string().max(200);
const slide = z.number().int().min(0).max(999);

export const presenterMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), deck }),
  z.object({
    type: z.literal('state'),
    deck,
    slide,
    count: z.number().int().min(0).max(999),
    startedAt: z.number().int().nonnegative(),
  }),
  z.object({ type: z.literal('go'), deck, slide }),
  z.object({ type: z.literal('reset'), deck }),
  z.object({ type: z.literal('bye'), deck }),
]);

export type PresenterMessage = z.infer<typeof presenterMessageSchema>;
/** A message as a side writes it: the channel adds its deck. */
export type OutgoingMessage = PresenterMessage extends infer M ? (M extends unknown ? Omit<M, 'deck'> : never) : never;
export type DeckState = Extract<PresenterMessage, { type: 'state' }>;

/** The deck a set of filters presents: the key both sides put in every message. */
export function deckKey(filters: { period: { from: string; to: string }; unit: string }): string {
  return `${filters.period.from}~${filters.period.to}~${filters.unit}`;
}

/** Reads one message off the channel: the message, or null when it is not one of ours or is for another deck. */
export function readMessage(data: unknown, forDeck: string): PresenterMessage | null {
  const parsed = presenterMessageSchema.safeParse(data);
  if (!parsed.success || parsed.data.deck !== forDeck) return null;
  return parsed.data;
}

export interface PresenterChannel {
  send(message: OutgoingMessage): void;
  close(): void;
}

/**
 * Opens the channel for one deck; `onMessage` gets every valid message for it from the other tabs (a
 * BroadcastChannel never delivers a tab's own messages to itself). Where the browser has no BroadcastChannel, a
 * channel that does nothing: the deck still works alone.
 */
export function openPresenterChannel(
  forDeck: string,
  onMessage: (message: PresenterMessage) => void,
  name: string = PRESENTER_CHANNEL,
): PresenterChannel {
  if (typeof BroadcastChannel === 'undefined') return { send: () => {}, close: () => {} };
  const channel = new BroadcastChannel(name);
  let open = true;
  channel.onmessage = (e: MessageEvent) => {
    const message = readMessage(e.data, forDeck);
    if (message && open) onMessage(message);
  };
  return {
    send(message) {
      if (!open) return;
      channel.postMessage({ ...message, deck: forDeck });
    },
    close() {
      if (!open) return;
      open = false;
      channel.close();
    },
  };
}

/**
 * The deck's side: answers `hello` with its state, follows `go` and `reset`, announces itself on opening and
 * says `bye` on closing. `getState` reads the deck's current slide, count and start.
 */
export function openDeckSide(
  forDeck: string,
  handlers: {
    getState: () => Omit<DeckState, 'type' | 'deck'>;
    onGo: (slide: number) => void;
    onReset: () => void;
  },
  name?: string,
) {
  const channel = openPresenterChannel(
    forDeck,
    (m) => {
      if (m.type === 'hello') announce();
      else if (m.type === 'go') handlers.onGo(m.slide);
      else if (m.type === 'reset') handlers.onReset();
    },
    name,
  );
  const announce = () => channel.send({ type: 'state', ...handlers.getState() });
  announce();
  return {
    /** Tells the presenters the deck's state (after a move or a reset). */
    announce,
    close() {
      channel.send({ type: 'bye' });
      channel.close();
    },
  };
}

/**
 * The presenter's side: asks for the deck's state on opening, hears `state` and `bye`, and asks the deck to move
 * or to start the elapsed time again.
 */
export function openPresenterSide(
  forDeck: string,
  handlers: { onState: (state: DeckState) => void; onBye: () => void },
  name?: string,
) {
  const channel = openPresenterChannel(
    forDeck,
    (m) => {
      if (m.type === 'state') handlers.onState(m);
      else if (m.type === 'bye') handlers.onBye();
    },
    name,
  );
  const hello = () => channel.send({ type: 'hello' });
  hello();
  return {
    /** Asks again (for a deck that may have opened since). */
    hello,
    go: (slide: number) => channel.send({ type: 'go', slide }),
    reset: () => channel.send({ type: 'reset' }),
    close: () => channel.close(),
  };
}
