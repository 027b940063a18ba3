import { Badge, Table } from '@mantine/core';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { renderApp, signIn } from '../setup/render';
import { renderWithProviders } from '../setup/render-with-providers';

describe('English mode: the user box and badges', () => {
  it('names the account in English: the role translated, the post as the account holds it, marked Vietnamese', async () => {
    await signIn();
    await renderApp('/?from=2022-01&to=2022-12&unit=huyen-thuong-tin');
    await screen.findByRole('heading', { level: 1, name: /^Tổng quan:/ }, { timeout: 20_000 });
    await act(() => i18n.changeLanguage('en'));
    const box = await screen.findByRole('group', { name: 'Account: Lãnh đạo UBND huyện, Leader' }, { timeout: 20_000 });
    expect(within(box).getByText('Leader')).toBeInTheDocument();
    expect(within(box).getByText('Lãnh đạo UBND huyện')).toHaveAttribute('lang', 'vi');
    expect(within(box).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('lets a badge wrap instead of cutting its label to "F…" in a narrow column', async () => {
    await renderWithProviders(
      <Table>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td style={{ width: 1 }}>
              <Badge tt="none" variant="dot">
                Finalised
              </Badge>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>,
      { language: 'en' },
    );
    const label = screen.getByText('Finalised');
    const badge = label.closest('.mantine-Badge-root') as HTMLElement;
    // jsdom loads no stylesheet and lays nothing out: what must hold is the theme's own style on the label and
    // the badge, which overrides Mantine's one-line, ellipsis-cut label.
    expect(label.style.whiteSpace).toBe('normal');
    expect(label.style.overflow).toBe('visible');
    expect(label.style.textOverflow).toBe('clip');
    expect(badge.style.overflow).toBe('visible');
    expect(badge.style.height).toBe('auto');
  });
});
