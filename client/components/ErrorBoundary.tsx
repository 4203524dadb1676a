// Catches a screen that failed to draw or to load (e.g. a lazy part fetched while offline) and
// offers a reload instead of a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State { error: Error | null }

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen failed', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <main id="main" tabIndex={-1} className="page page--narrow">
        <h1 className="page-title">Something went wrong</h1>
        <p>This part of the game could not be shown. If you are offline, reconnect first. A solo match is saved: reloading resumes it.</p>
        <p className="button-row">
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>Reload the page</button>
          <a className="button" href="/">Home</a>
        </p>
      </main>
    );
  }
}
