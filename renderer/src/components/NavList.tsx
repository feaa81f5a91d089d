/** Main navigation: a list of plain links; the current screen carries aria-current="page". */
import type { ScreenId } from '../routes';
import { SCREENS } from '../routes';
import type { IconName } from './Icon';
import { Icon } from './Icon';

export function NavList({ current }: { current: ScreenId | undefined }) {
  return (
    <nav className="app-nav" aria-label="Main">
      <ul className="nav-list">
        {SCREENS.map((s) => (
          <li key={s.id} className={s.separated ? 'nav-separated' : undefined}>
            <a className="nav-link" href={`#${s.path}`} aria-current={s.id === current ? 'page' : undefined}>
              <Icon name={s.id satisfies IconName} />
              <span>{s.label}</span>
              {s.comingSoon ? (
                <span className="nav-link-soon" aria-hidden="true">
                  Soon
                </span>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
