/** The case's story, oldest first: who did what and when, as recorded (the audit log holds the same). */
import type { CaseEvent } from '../../../electron/api/types';
import { formatNumber, plural } from '../format';
import { dayText, REF_LABEL, STATUS_LABEL, whenText } from './words';

function refKind(e: CaseEvent): 'platform' | 'police' | 'other' {
  const k = e.detail.refKind;
  return k === 'platform' || k === 'police' ? k : 'other';
}

function platformOf(e: CaseEvent): string {
  return typeof e.detail.platform === 'string' && e.detail.platform ? ` (${e.detail.platform})` : '';
}

export function describe(e: CaseEvent): string {
  const count = typeof e.detail.count === 'number' ? e.detail.count : 0;
  const on = e.dated ? ` on ${dayText(e.dated)}` : '';
  switch (e.kind) {
    case 'created':
      return `Opened the case “${e.body ?? ''}”`;
    case 'status':
      return `Changed the status from ${STATUS_LABEL[e.statusFrom ?? 'open'].toLowerCase()} to ${STATUS_LABEL[e.statusTo ?? 'open'].toLowerCase()}${on}${
        e.reference ? ` — ${REF_LABEL[refKind(e)].toLowerCase()}${platformOf(e)} ${e.reference}` : ''
      }`;
    case 'reference':
      return `Recorded ${REF_LABEL[refKind(e)].toLowerCase()}${platformOf(e)} ${e.reference ?? ''}${on}`;
    case 'note':
      return 'Added a note';
    case 'posts_added':
      return `Added ${plural(count, 'post')}${e.detail.filter ? ' matching a filter' : ''}`;
    case 'posts_removed':
      return `Took ${plural(count, 'post')} out of the case`;
    case 'edited':
      return `Edited the case (${Object.keys((e.detail.changes as object | undefined) ?? {}).join(', ')})`;
    case 'exported': {
      const posts = typeof e.detail.posts === 'number' ? e.detail.posts : 0;
      const red = Array.isArray(e.detail.redacted) && e.detail.redacted.length ? ', redacted' : '';
      return `Exported an evidence pack (${formatNumber(posts)} posts${red})`;
    }
  }
}

export function Timeline({ events }: { events: CaseEvent[] }) {
  return (
    <ol className="case-timeline">
      {events.map((e) => (
        <li key={e.id} className={`case-event case-event-${e.kind}`}>
          <div className="case-event-when">
            <time dateTime={e.at}>{whenText(e.at)}</time>
            <span className="muted">{e.actor}</span>
          </div>
          <div className="case-event-what">
            <span>{describe(e)}</span>
            {e.body && e.kind !== 'created' ? <p className="case-event-body">{e.body}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
