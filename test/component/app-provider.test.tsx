import { Button } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../setup/render-with-providers';

// The inspection screens report write results with notifications and ask before deleting with a confirm modal:
// both must work under the app's one provider, without a provider of their own.
describe("the app's provider mounts notifications and modals", () => {
  it('shows a write result as a notification', async () => {
    const save = () => notifications.show({ title: 'Đã lưu', message: 'Đã lưu biên bản kiểm tra' });
    const { user } = await renderWithProviders(<Button onClick={save}>Lưu</Button>);
    expect(screen.queryByText('Đã lưu biên bản kiểm tra')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu biên bản kiểm tra')).toBeInTheDocument();
  });

  it('asks for a confirmation in a modal and acts only on confirm', async () => {
    const onConfirm = vi.fn();
    const ask = () =>
      modals.openConfirmModal({
        title: 'Xoá đợt kiểm tra?',
        children: 'Không thể hoàn tác.',
        labels: { confirm: 'Xoá', cancel: 'Huỷ' },
        onConfirm,
      });
    const { user } = await renderWithProviders(<Button onClick={ask}>Xoá đợt kiểm tra</Button>);
    await user.click(screen.getByRole('button', { name: 'Xoá đợt kiểm tra' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xoá đợt kiểm tra?' });
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Xoá' }));
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
  });
});
