export { AppErrorFallback } from './app-error-fallback';
export { ErrorBoundary } from './error-boundary';
export { errorMessage } from './error-message';
export { QueryError } from './query-error';
export { RouteErrorFallback } from './route-error-fallback';
