import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../src/components/channel-legend';
import { channelSeries } from '../../src/features/dossiers/components/channels';
import { channelColors } from '../../src/semantic-colors';

const root = path.resolve(import.meta.dirname, '../..');
// The screens whose charts and cards take their colours from src/semantic-colors.ts.
const folders = [
  'src/features/overview/components',
  'src/features/dossiers/components',
  'src/features/units/components',
  'src/features/digital/components',
  'src/components/digital-card',
  'src/components/kpi-card',
  'src/components/channel-legend',
  'src/components/table-card',
];
const sources = folders.flatMap((dir) =>
  readdirSync(path.join(root, dir))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(path.join(root, dir, f), 'utf8') })),
);

// A Mantine shade given as a colour ('red.8', "teal.6"), a hex colour, or a numbered Mantine colour variable.
const hardCoded = /(['"])[a-z]+\.\d\1|#[0-9a-f]{3,8}\b|var\(--mantine-color-[a-z]+-\d\)/gi;

describe('semantic colours are used, not written again', () => {
  it('no chart or card of Tổng quan, Hồ sơ TTHC or a unit’s page writes a colour of its own', () => {
    const found = sources.flatMap(({ file, text }) => [...text.matchAll(hardCoded)].map((m) => `${file}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('Tổng quan and Hồ sơ TTHC draw each channel in the same colour', () => {
    expect(channels.map((c) => c.color)).toEqual([channelColors.online, channelColors.direct, channelColors.postal]);
    expect(channelSeries.map((s) => [s.name, s.color])).toEqual([
      ['receivedOnline', channelColors.online],
      ['receivedDirect', channelColors.direct],
      ['receivedPostal', channelColors.postal],
    ]);
    const overview = sources.filter((s) => s.file.startsWith('src/features/overview/'));
    // The overview's channel pieces read the shared channels or their colours, never a colour of their own.
    for (const file of ['channel-split.tsx', 'receipts-by-month-chart.tsx']) {
      const text = overview.find((s) => s.file.endsWith(file))?.text ?? '';
      expect(text).toMatch(/from '\.\.\/\.\.\/\.\.\/(components\/channel-legend|semantic-colors)'/);
    }
  });
});
