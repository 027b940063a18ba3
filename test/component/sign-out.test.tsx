import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getSessionState, signOut, startSession } from '../../src/features/auth/session-store';

it('signing out forgets the session at once and asks the server to end it, with its token', async () => {
  let seen: string | null = null;
  server.use(
    http.post('*/api/auth/logout', ({ request }) => {
      seen = request.headers.get('authorization');
      return new HttpResponse(null, { status: 204 });
    }),
  );
  startSession({
    token: 'token-of-this-session',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: 'u-lanhdao', username: 'lanhdao', name: 'Lãnh đạo UBND huyện', role: 'leader', teamIds: [] },
  });
  signOut();
  expect(getSessionState()).toEqual({ session: null, end: 'signed-out' });
  await expect.poll(() => seen).toBe('Bearer token-of-this-session');
});
