import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';

// The container (with its transitions) loads with the first write result, not with the app's first page:
// `notifications.show` only needs the package's small store, which keeps what is shown until the container mounts.
const Notifications = lazy(async () => ({ default: (await import('@mantine/notifications/container')).Notifications }));

/** Where write results appear (top right), mounted once there is a first one to show. */
export function NotificationsHost() {
  const state = useNotifications();
  const [wanted, setWanted] = useState(false);
  if (!wanted && (state.notifications.length > 0 || state.queue.length > 0)) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="top-right" />
    </Suspense>
  );
}
