import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Meta } from '../../src/api/meta';
import type { Unit } from '../../src/api/units';
import { PICKER_LIMIT, UnitPicker } from '../../src/components/unit-picker/unit-picker';
import { renderWithProviders } from '../setup/render-with-providers';

const base = { population: 10_000, validFrom: '2019-01-01', validTo: null, successorId: null, predecessorIds: [] };

function nationalLike(count: number): { meta: Meta; units: Unit[] } {
  const communes: Unit[] = Array.from({ length: count }, (_, i) => ({
    ...base,
    id: `xa-${String(i + 1).padStart(4, '0')}`,
    name: `Sơn ${String(i + 1).padStart(4, '0')}`,
    kind: 'commune',
    level: 'commune',
  }));
  const root: Unit = { ...base, id: 'tw', name: 'Toàn quốc', kind: 'district', level: 'district' };
  const meta: Meta = {
    dataset: 'national',
    name: 'Toàn quốc',
    rootUnitId: 'tw',
    coverage: { from: '2020-01', to: '2025-06' },
    asOf: '2025-07-05',
    defaultPeriod: { from: '2025-01', to: '2025-06' },
  };
  return { meta, units: [root, ...communes] };
}

describe('UnitPicker on a large dataset', () => {
  it('draws at most 100 communes and says how many more there are to find by typing', async () => {
    const { meta, units } = nationalLike(250);
    const onChange = vi.fn();
    const { user } = await renderWithProviders(<UnitPicker value="all" meta={meta} units={units} onChange={onChange} />);

    const input = screen.getByRole('combobox', { name: 'Đơn vị' });
    expect(input).toHaveValue('Toàn quốc');
    await user.click(input);
    const list = await screen.findByRole('listbox');
    const options = within(list).getAllByRole('option');
    // "Toàn quốc", the higher-level office, 100 communes and the hint.
    expect(options).toHaveLength(2 + PICKER_LIMIT + 1);
    expect(within(list).getByRole('option', { name: 'Bộ phận một cửa cấp trên' })).toBeInTheDocument();
    expect(within(list).getByText('Xã, phường, đặc khu')).toBeInTheDocument();
    const hint = within(list).getByRole('option', { name: 'Còn 150 đơn vị nữa: gõ tên để tìm' });
    expect(hint).toHaveAttribute('aria-disabled', 'true');
  });

  it('finds a commune past the first hundred by its name typed without diacritics', async () => {
    const { meta, units } = nationalLike(250);
    const onChange = vi.fn();
    const { user } = await renderWithProviders(<UnitPicker value="all" meta={meta} units={units} onChange={onChange} />);

    const input = screen.getByRole('combobox', { name: 'Đơn vị' });
    await user.click(input);
    await user.clear(input);
    await user.type(input, 'son 0200');
    const list = await screen.findByRole('listbox');
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Xã Sơn 0200']);
    await user.click(options[0]!);
    expect(onChange).toHaveBeenCalledWith('xa-0200');
  });
});
