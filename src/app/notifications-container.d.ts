// The alias in vite.config.ts: the container component of @mantine/notifications, as a module of its own.
declare module '@mantine/notifications/container' {
  export { Notifications } from '@mantine/notifications';
}
