import { InspectionMinutesPage } from '../../features/inspection-minutes';

/**
 * The page sets the document title itself: once the minutes are in, the title names the commune and the date,
 * and a browser offers it as the file name of "Lưu PDF".
 */
export function InspectionMinutesRoute() {
  return <InspectionMinutesPage />;
}
