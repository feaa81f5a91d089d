/** Catches a screen that throws while rendering, so the user sees what happened instead of a blank page. */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { Alert } from './Alert';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Screen failed to render', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="screen">
        <h1>Something went wrong on this screen</h1>
        <Alert
          tone="error"
          title="This screen could not be shown"
          actions={
            <>
              <button type="button" className="btn btn-small" onClick={() => this.setState({ error: null })}>
                Try again
              </button>
              <button type="button" className="btn btn-small" onClick={() => window.location.reload()}>
                Reload Bulwark
              </button>
            </>
          }
        >
          <p>{error.message}</p>
          <p className="muted">Your data is safe. Other screens are still available from the menu.</p>
        </Alert>
      </div>
    );
  }
}
