import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/api/api-error';
import { configureApiClient } from '../../src/api/client';
import { getMeta } from '../../src/api/meta';
import { errorMessage } from '../../src/components/errors/error-message';
import { i18n } from '../../src/i18n';

configureApiClient({ baseUrl: 'http://localhost/api' });

/** The ApiError the real client throws for a fetch that behaves like `impl`. */
async function failure(impl: () => Promise<Response>): Promise<ApiError> {
  vi.stubGlobal('fetch', vi.fn(impl));
  const err = await getMeta().then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(err)}`);
  return err;
}

const offline = () => Promise.reject(new TypeError('fetch failed'));
const malformed = () => Promise.resolve(new Response(JSON.stringify({ dataset: 42 }), { status: 200 }));
const unprocessable = () => Promise.resolve(new Response('', { status: 422 }));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API client says what failed, the UI says it in the chosen language', () => {
  it('an unreachable server: kind network and the request, no words of the client', async () => {
    const err = await failure(offline);
    expect(err).toMatchObject({ kind: 'network', method: 'GET', path: '/meta', status: null, serverMessage: null });
    expect(err.message).not.toMatch(/[àáảãạăâđêôơư]/i);
    await i18n.changeLanguage('vi');
    expect(errorMessage(i18n.t, err)).toBe('Không kết nối được tới máy chủ. Kiểm tra kết nối mạng rồi thử lại.');
    await i18n.changeLanguage('en');
    expect(errorMessage(i18n.t, err)).toBe('Cannot reach the server. Check your network connection and try again.');
  });

  it('an answer that breaks the contract names the path it came from, in both languages', async () => {
    const err = await failure(malformed);
    expect(err).toMatchObject({ kind: 'invalid_response', method: 'GET', path: '/meta', status: 200 });
    await i18n.changeLanguage('vi');
    expect(errorMessage(i18n.t, err)).toBe(
      'Dữ liệu trả về từ /meta không đúng định dạng, không thể hiển thị. Vui lòng thử lại hoặc báo quản trị viên.',
    );
    await i18n.changeLanguage('en');
    expect(errorMessage(i18n.t, err)).toBe(
      'The data from /meta does not have the expected format and cannot be shown. Please try again or tell the administrator.',
    );
  });

  it('a 422 without a body: no "HTTP 422" shown to the user', async () => {
    const err = await failure(unprocessable);
    expect(err).toMatchObject({ kind: 'validation', status: 422, serverMessage: null });
    await i18n.changeLanguage('vi');
    expect(errorMessage(i18n.t, err)).toBe('Yêu cầu không hợp lệ.');
  });

  it("a 422 with the server's message shows the server's words", async () => {
    const body = { error: { code: 'validation', message: 'Năm không hợp lệ' } };
    const err = await failure(() => Promise.resolve(new Response(JSON.stringify(body), { status: 422 })));
    await i18n.changeLanguage('vi');
    expect(err.serverMessage).toBe('Năm không hợp lệ');
    expect(errorMessage(i18n.t, err)).toBe('Yêu cầu không hợp lệ: Năm không hợp lệ');
  });
});
