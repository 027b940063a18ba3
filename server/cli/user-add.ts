// npm run user:add -- --username X --role inspector --name "…" [--team doan-1]
// The password comes from CCHC_PASSWORD or, when unset, from the first line of standard input.
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { hash } from '@node-rs/argon2';
import { roleSchema } from '../../src/api/common';
import { readConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';

function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function readPassword(): Promise<string> {
  if (process.env.CCHC_PASSWORD) return process.env.CCHC_PASSWORD;
  if (process.stdin.isTTY) process.stdout.write('Mật khẩu: ');
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

const username = arg('username')?.trim();
const role = roleSchema.safeParse(arg('role'));
const name = arg('name')?.trim();
const teams = process.argv.slice(2).flatMap((a, i, all) => (a === '--team' && all[i + 1] ? [all[i + 1]!] : []));
if (!username || !/^[a-z0-9._-]{3,40}$/i.test(username) || !role.success || !name) {
  console.error('user:add: --username (3–40 letters, digits, . _ -), --role (leader, inspector, secretariat) and --name are required');
  process.exit(2);
}
const password = await readPassword();
if (password.length < 8) {
  console.error('user:add: the password must have at least 8 characters');
  process.exit(2);
}
const config = readConfig();
if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrate(db);
  const id = `u-${username.toLowerCase()}`;
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO users (id, username, name, role, password_hash) VALUES ($1, $2, $3, $4, $5)', [
      id, username, name, role.data, await hash(password),
    ]);
    for (const team of teams) await tx.query('INSERT INTO team_members (team_id, user_id) VALUES ($1, $2)', [team, id]);
  });
  console.log(`user:add: added ${username} (${role.data})${teams.length ? ` in ${teams.join(', ')}` : ''}`);
} catch (e) {
  const msg = e instanceof Error ? e.message : String(e);
  console.error(`user:add: ${/users_username|duplicate key/.test(msg) ? `the user name “${username}” is taken` : /team_members/.test(msg) ? 'no such team' : msg}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
