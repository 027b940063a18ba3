import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { activeDataset } from '../../mocks/active-dataset';
import { AppProvider } from '../../src/app/provider';
import { mergeInspection } from '../../src/domain/inspection-merge';
import { workOf, type InspectionWork } from '../../src/domain/inspection-work';
import { ConflictChooser } from '../../src/features/inspection-record/components/conflict-chooser';
import { i18n } from '../../src/i18n';
import type { InspectionConflict } from '../../src/lib/inspection-sync';

const ds = activeDataset();
const seed = ds.seedInspections.find((i) => i.id === 'insp-2025-07')!;
const base = workOf(seed, ds.seedActions);

function edited(change: (w: InspectionWork) => void): InspectionWork {
  const w = structuredClone(base);
  change(w);
  return w;
}

// Both sides change finding 1's title and criterion 1.1's note, to different values; each side also changes
// something the other did not touch (mine: finding 2's cause and the end date; theirs: finding 2's description).
const mine = edited((w) => {
  w.findings[0]!.title = 'Kế hoạch CCHC ban hành chậm 45 ngày';
  w.findings[1]!.cause = 'Chưa bố trí kinh phí';
  w.checklist.find((c) => c.criterionId === 'a1-c1')!.note = 'Ban hành ngày 15/02';
  w.endDate = '2025-07-03';
});
const theirs = edited((w) => {
  w.findings[0]!.title = 'Kế hoạch CCHC năm ban hành muộn';
  w.findings[1]!.description = 'Tủ sách pháp luật không được cập nhật từ năm 2023.';
  w.checklist.find((c) => c.criterionId === 'a1-c1')!.note = 'Ban hành ngày 20/02';
});

describe('Chọn bản giữ lại khi trùng thay đổi (409)', () => {
  it('lists only the fields both sides changed, mine and the server’s side by side, and saves the choices', async () => {
    const { conflicts } = mergeInspection(base, mine, theirs);
    expect(conflicts.map((c) => c.key)).toEqual(['checklist/a1-c1/note', 'findings/insp-2025-07-f1/title']);
    const resolve = vi.fn();
    const conflict: InspectionConflict = { conflicts, theirs, theirsVersion: seed.version + 1, resolve };
    await i18n.changeLanguage('vi');
    const user = userEvent.setup();
    render(
      <AppProvider queryClient={new QueryClient()} mantineEnv="test">
        <ConflictChooser
          conflict={conflict}
          mine={mine}
          template={ds.inspectionTemplate}
          unitLabel={(id) => id}
          teamLabel={(id) => id}
          opened
          onClose={() => {}}
        />
      </AppProvider>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Chọn bản giữ lại' });
    const groups = within(dialog).getAllByRole('radiogroup');
    expect(groups).toHaveLength(2);
    expect(groups[0]).toHaveAccessibleName('Tiêu chí 1.1 — Ghi chú');
    expect(within(groups[0]!).getByRole('radio', { name: 'Của tôi: Ban hành ngày 15/02' })).toBeChecked();
    expect(within(groups[0]!).getByRole('radio', { name: 'Trên máy chủ: Ban hành ngày 20/02' })).not.toBeChecked();
    expect(groups[1]).toHaveAccessibleName('Tồn tại “Kế hoạch CCHC ban hành chậm 45 ngày” — Nội dung');
    // What only one side changed is not asked.
    expect(within(dialog).queryByText(/Chưa bố trí kinh phí|Tủ sách pháp luật|03\/07\/2025/)).toBeNull();

    await user.click(within(groups[1]!).getByRole('radio', { name: 'Trên máy chủ: Kế hoạch CCHC năm ban hành muộn' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu bản đã hợp nhất' }));
    expect(resolve).toHaveBeenCalledWith({ 'findings/insp-2025-07-f1/title': 'theirs' });
    // The merge with that choice keeps every one-sided change and the server's title.
    const merged = mergeInspection(base, mine, theirs, resolve.mock.calls[0]![0]).merged;
    expect(merged.findings[0]!.title).toBe('Kế hoạch CCHC năm ban hành muộn');
    expect(merged.findings[1]!.cause).toBe('Chưa bố trí kinh phí');
    expect(merged.findings[1]!.description).toBe('Tủ sách pháp luật không được cập nhật từ năm 2023.');
    expect(merged.endDate).toBe('2025-07-03');
  });
});
