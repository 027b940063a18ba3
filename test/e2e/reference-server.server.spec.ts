import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { district2022, signIn } from './helpers';

// The production build (dist/) against the reference server with the Thường Tín demo seed:
// no mock anywhere, every figure comes from PostgreSQL (PGlite).

const root = path.resolve(import.meta.dirname, '../..');

async function sessionToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => (JSON.parse(localStorage.getItem('cchc.session') ?? '{}') as { token?: string }).token);
  if (!token) throw new Error('no session token in localStorage');
  return token;
}

async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await signIn(page, username);
  await expect(page.getByRole('heading', { level: 1, name: /^Tổng quan:/ })).toBeVisible();
  return page;
}

test('lanhdao signs in on the server and sees the 2022 figures: 4.977 dossiers, 100 % on time', async ({ page }) => {
  await page.goto(district2022);
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await signIn(page, 'lanhdao');
  await expect(page).toHaveURL(/from=2022-01&to=2022-12&unit=huyen-thuong-tin/);
  await expect(page.getByRole('banner')).toContainText('Lãnh đạo');
  await expect(page.getByRole('region', { name: 'Hồ sơ tiếp nhận mới' })).toContainText('4.977');
  await expect(page.getByRole('region', { name: 'Giải quyết trước và đúng hạn' })).toContainText('100,0 %');
  const summary = page.getByRole('region', { name: 'Tóm tắt tình hình' });
  await expect(summary).toContainText(
    'Trong năm 2022, bộ phận một cửa cấp huyện tiếp nhận 4.977 hồ sơ (tăng 24,7 % so với cùng kỳ năm trước), giải quyết đúng và trước hạn 100,0 %',
  );
  await expect(summary).toContainText('xếp thứ 11/30, tăng 2 bậc');
  // The session is the server's: a reload keeps it, sign-out ends it there too.
  const token = await sessionToken(page);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Hồ sơ tiếp nhận mới' })).toContainText('4.977');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  const after = await page.request.get('/api/meta', { headers: { Authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(401);
});

test.describe('a write survives a server restart', () => {
  // This test runs its own server on port 8098 with its own data folder, so it can stop it.
  const port = 8098;
  const base = `http://127.0.0.1:${port}`;
  let dataDir = '';
  let server: ChildProcess | undefined;

  async function start() {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'server/main.ts')], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: path.join(dataDir, 'pglite'),
        EVIDENCE_DIR: path.join(dataDir, 'evidence'),
        DIST_DIR: path.join(root, 'dist'),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    server = child;
    for (let i = 0; i < 240; i++) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      try {
        if ((await fetch(`${base}/`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('the server did not answer within 120 s');
  }

  async function stop() {
    const child = server;
    server = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }

  test.beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'cchc-e2e-restart-'));
  });
  test.afterAll(async () => {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('the secretariat edits a 2022 target on Chuyển đổi số; after a restart it is still there', async ({ page }) => {
    test.setTimeout(240_000);
    await start();
    const scorecard = `${base}/chuyen-doi-so?from=2022-01&to=2022-12&unit=all`;
    await page.goto(scorecard);
    await signIn(page, 'vanphong');
    await expect(page.getByRole('heading', { level: 1, name: 'Chuyển đổi số: Toàn huyện, năm 2022' })).toBeVisible();
    await expect(page.getByTestId('target-label-onlineDossiers')).toHaveText('Không đạt');
    await page.getByRole('button', { name: 'Sửa chỉ tiêu năm 2022' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa chỉ tiêu năm 2022' });
    await dialog.getByRole('textbox', { name: /Tỷ lệ hồ sơ trực tuyến \(%\)/ }).fill('15');
    await dialog.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('target-label-onlineDossiers')).toHaveText('Đạt');

    await stop();
    await start();

    // Same tab, same session (sessions live in the database too), a fresh load of the page.
    await page.goto(scorecard);
    await expect(page.getByRole('heading', { level: 1, name: 'Chuyển đổi số: Toàn huyện, năm 2022' })).toBeVisible();
    await expect(page.getByTestId('target-label-onlineDossiers')).toHaveText('Đạt');
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    await expect(page.getByRole('region', { name: /^Chỉ số chuyển đổi số/ })).toContainText('Đạt chỉ tiêu 15\u00a0%');
  });
});

// No screen edits inspections yet, so both contexts write through page.request with their own session.
test('two browser contexts edit one inspection through the API; the second, on a stale version, gets 409', async ({ browser }) => {
  const inspector = await signedInPage(browser, 'kiemtra');
  const secretariat = await signedInPage(browser, 'vanphong');
  const inspectorToken = await sessionToken(inspector);
  const secretariatToken = await sessionToken(secretariat);
  const teamIds = await inspector.evaluate(
    () => (JSON.parse(localStorage.getItem('cchc.session') ?? '{}') as { user: { teamIds: string[] } }).user.teamIds,
  );

  const list = await inspector.request.get('/api/inspections', { headers: { Authorization: `Bearer ${inspectorToken}` } });
  expect(list.status()).toBe(200);
  const inspections = (await list.json()) as { id: string; version: number; teamId: string; title: string }[];
  const target = inspections.find((i) => teamIds.includes(i.teamId));
  if (!target) throw new Error('the demo seed has no inspection of the inspector’s teams');

  // Both read the same version, then both write it.
  const read = async (page: Page, token: string) =>
    ((await (await page.request.get(`/api/inspections/${target.id}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { version: number });
  const [a, b] = await Promise.all([read(inspector, inspectorToken), read(secretariat, secretariatToken)]);
  expect(a.version).toBe(b.version);

  const first = await inspector.request.patch(`/api/inspections/${target.id}`, {
    headers: { Authorization: `Bearer ${inspectorToken}` },
    data: { version: a.version, title: `${target.title} (đoàn sửa)` },
  });
  expect(first.status()).toBe(200);
  expect(((await first.json()) as { version: number }).version).toBe(a.version + 1);

  const second = await secretariat.request.patch(`/api/inspections/${target.id}`, {
    headers: { Authorization: `Bearer ${secretariatToken}` },
    data: { version: b.version, title: `${target.title} (văn phòng sửa)` },
  });
  expect(second.status()).toBe(409);
  const body = (await second.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('conflict');
  expect(body.error.message).toBe('Bản ghi đã được người khác cập nhật');

  // The first write stands.
  const now = await read(secretariat, secretariatToken);
  expect(now).toMatchObject({ version: a.version + 1, title: `${target.title} (đoàn sửa)` });
  await inspector.context().close();
  await secretariat.context().close();
});
