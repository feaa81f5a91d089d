/**
 * The way in: a large drop target that is also a label for a real file input, so clicking anywhere on
 * it, or tabbing to it and pressing Enter, opens the file picker. The input keeps its own name
 * ("Choose files") for screen readers and tests.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { Icon } from '../components/Icon';

function hasFiles(e: { dataTransfer: DataTransfer | null }): boolean {
  return !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
}

export function DropZone({ onFiles, compact }: { onFiles: (files: File[]) => void; compact: boolean }) {
  const id = useId();
  const [over, setOver] = useState(false);
  const depth = useRef(0);

  // A file dropped beside the zone would make the browser open it in place of Bulwark; ignore those.
  useEffect(() => {
    const stop = (e: globalThis.DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);

  const onDragEnter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth.current++;
    setOver(true);
  };
  const onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = () => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setOver(false);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    depth.current = 0;
    setOver(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length) onFiles(files);
  };

  return (
    <section className="card imp-drop-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="sr-only">
        Add files
      </h2>
      <div
        className={`imp-dropzone${over ? ' is-over' : ''}${compact ? ' is-compact' : ''}`}
        onDragEnter={onDragEnter}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        <input
          id={`${id}-input`}
          className="imp-file-input"
          type="file"
          multiple
          aria-labelledby={`${id}-choose`}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            // Clear it, so choosing the same file again after removing it still reports a change.
            e.target.value = '';
            if (files.length) onFiles(files);
          }}
        />
        <label htmlFor={`${id}-input`} className="imp-drop-label">
          <Icon name="import" size={compact ? 24 : 36} className="imp-drop-icon" />
          <span className="imp-drop-title">
            {over ? 'Drop to add these files' : 'Drag export files here'}
          </span>
          <span className="imp-drop-or" aria-hidden="true">
            or
          </span>
          <span id={`${id}-choose`} className="btn btn-primary imp-choose">
            Choose files
          </span>
        </label>
        <p id={`${id}-hint`} className="imp-drop-hint">
          Exports and API files from X, Bluesky, Mastodon, Reddit, YouTube, TikTok or CrowdTangle, or a CSV
          from another tool — JSON, NDJSON, CSV, TSV or tweets.js, gzipped or not. You can add several files
          at once.
        </p>
      </div>
    </section>
  );
}
