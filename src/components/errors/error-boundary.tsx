import { Component, type ErrorInfo, type ReactNode } from 'react';
import { AppErrorFallback } from './app-error-fallback';

interface Props {
  children: ReactNode;
  fallback?: ReactNode;
}

/** Catches what the router's error element cannot (a provider failing), and shows a message instead of a blank page. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unhandled error in the app', error, info.componentStack);
  }

  render() {
    if (this.state.failed) return this.props.fallback ?? <AppErrorFallback />;
    return this.props.children;
  }
}
