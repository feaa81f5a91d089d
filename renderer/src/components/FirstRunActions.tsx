/**
 * The two ways to get data into an empty Bulwark: invented demo data to look around with, or the
 * user's own posts. "Import posts" is a link because it goes to another screen.
 */
import { useDemoStore } from '../stores/demoStore';

export function FirstRunActions({ showImport = true }: { showImport?: boolean }) {
  const running = useDemoStore((s) => s.running);
  const load = useDemoStore((s) => s.load);
  return (
    <>
      <button type="button" className="btn btn-primary" onClick={() => void load()} disabled={running}>
        {running ? 'Loading demo data…' : 'Load demo data'}
      </button>
      {showImport ? (
        <a className="btn" href="#/import">
          Import posts
        </a>
      ) : null}
    </>
  );
}
