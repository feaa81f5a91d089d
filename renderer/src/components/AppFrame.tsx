/**
 * The frame around every screen: skip link, banner, navigation and the main region. After each
 * navigation it moves focus to the new screen's heading (so keyboard and screen-reader users land on the
 * new content) and updates the window title.
 */
import { useEffect, useRef } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import type { ScreenMeta } from '../routes';
import { AppHeader } from './AppHeader';
import { JobsPanel } from './JobsPanel';
import { NavList } from './NavList';

interface AppFrameProps {
  screen: ScreenMeta | undefined;
  /** Changes on every navigation, including query-only changes we should NOT treat as navigation. */
  path: string;
  children: ReactNode;
}

export function AppFrame({ screen, path, children }: AppFrameProps) {
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = screen ? `${screen.label} · Bulwark` : 'Bulwark';
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    main.scrollTop = 0;
    const heading = main.querySelector<HTMLElement>('[data-page-heading]');
    (heading ?? main).focus({ preventScroll: true });
  }, [path, screen]);

  const skipToContent = (e: MouseEvent<HTMLAnchorElement>) => {
    // A plain #main-content would replace the route in the hash, so move focus ourselves.
    e.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main-content" onClick={skipToContent}>
        Skip to content
      </a>
      <AppHeader />
      <NavList current={screen?.id} />
      <main id="main-content" className="app-main" ref={mainRef} tabIndex={-1}>
        <JobsPanel />
        {children}
      </main>
    </div>
  );
}
