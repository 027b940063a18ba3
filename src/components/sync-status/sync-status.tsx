/**
 * The header's sync state of the inspections recorded on this device: đã lưu / đang lưu / chưa đồng bộ — thử lại
 * lúc … (with the count of changes waiting). Placeholder until lib/inspection-sync is built.
 */
export function SyncStatus() {
  return null;
}
