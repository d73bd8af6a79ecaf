/**
 * What a part of the page shows when its code cannot be loaded (a deploy
 * replaced it and no service worker kept it, or the connection dropped) or
 * it fails to draw: a message in the reader's language, a retry, and a
 * reload that keeps the view (the address holds it), in the part's place;
 * the rest of the app keeps working. The app's root has one too (src/main.tsx),
 * so no failure leaves a blank page.
 */
import { Component, type ReactNode } from 'react';
import { t } from '../i18n/strings';
import { useAppStore } from './store';

/** A failure to load code or a file the app needs, as each engine words it (rather than a fault in the app). */
export function isLoadFailure(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Unable to preload CSS|did not load|Failed to fetch|NetworkError|Load failed/i.test(error.message)
  );
}

/** Reloads the page at its address, which holds the whole view. */
export const reloadView = () => location.reload();

/** `hidden`: the build's copy for the page's first script to show (src/firstPaint/prerender.tsx). */
export function PartFailed({ part, onRetry, whole = false, hidden }: { part: string; onRetry?: (() => void) | undefined; whole?: boolean; hidden?: boolean }) {
  const lang = useAppStore((s) => s.view.lang);
  return (
    <div className={whole ? 'part-failed app-failed' : 'part-failed'} role="alert" data-testid="part-failed" data-part={part} hidden={hidden}>
      <p>{t(lang, whole ? 'appFailed' : 'partFailed')}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t(lang, 'retry')}
        </button>
      )}
      <button type="button" onClick={reloadView}>
        {t(lang, 'reloadView')}
      </button>
    </div>
  );
}

interface BoundaryProps {
  /** What the part is (for tests and the console): `city-panel`, `table`, `app` … */
  part: string;
  children: ReactNode;
  /** Loads the part again, without a reload. */
  onRetry?: () => void;
  /** The whole app: its own message. */
  whole?: boolean;
}

export class PartBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn(`${this.props.part} failed`, error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const { part, onRetry, whole } = this.props;
    const retry = onRetry
      ? () => {
          onRetry();
          this.setState({ failed: false });
        }
      : undefined;
    return <PartFailed part={part} onRetry={retry} whole={whole} />;
  }
}
