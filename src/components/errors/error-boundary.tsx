import { Component, type ErrorInfo, type ReactNode } from 'react';
import { AppErrorFallback } from './app-error-fallback';

interface Props {
  children: ReactNode;
  /** What to show instead; a function gets `retry`, which draws the children again. */
  fallback?: ReactNode | ((retry: () => void) => ReactNode);
  /** A change of this value (e.g. new data) draws the children again after a failure. */
  resetKey?: unknown;
  /** Names the part that failed in the console. */
  label?: string;
}

interface State {
  failed: boolean;
  resetKey: unknown;
}

/**
 * Shows a message instead of a blank page when its children throw while rendering: around the whole app
 * (a provider failing) and around each chart's drawing (the card and the rest of the page stay).
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { failed: false, resetKey: props.resetKey };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Unhandled error in ${this.props.label ?? 'the app'}`, error, info.componentStack);
  }

  private retry = () => this.setState({ failed: false });

  render() {
    if (!this.state.failed) return this.props.children;
    const { fallback } = this.props;
    if (typeof fallback === 'function') return fallback(this.retry);
    return fallback ?? <AppErrorFallback />;
  }
}
