/** The reviewer's actions, each with its keyboard shortcut shown on the button. */
import type { ReactNode } from 'react';

export interface DecisionHandlers {
  confirm: () => void;
  reject: () => void;
  escalate: () => void;
  category: () => void;
  note: () => void;
  undo: () => void;
}

function Action({
  keyName,
  onClick,
  disabled,
  primary,
  children,
}: {
  keyName: string;
  onClick: () => void;
  disabled: boolean;
  primary?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`btn decision${primary ? ' btn-primary' : ''}`}
      onClick={onClick}
      disabled={disabled}
      aria-keyshortcuts={keyName.toLowerCase()}
    >
      {children} <kbd aria-hidden="true">{keyName}</kbd>
    </button>
  );
}

export function DecisionBar({
  on,
  disabled,
  canUndo,
}: {
  on: DecisionHandlers;
  /** No reviewer name yet, or a decision is being saved. */
  disabled: boolean;
  canUndo: boolean;
}) {
  return (
    <div className="decision-bar" role="group" aria-label="Decision">
      <div className="decision-main">
        <Action keyName="C" onClick={on.confirm} disabled={disabled} primary>
          Confirm abuse
        </Action>
        <Action keyName="R" onClick={on.reject} disabled={disabled}>
          Not abuse
        </Action>
        <Action keyName="E" onClick={on.escalate} disabled={disabled}>
          Escalate
        </Action>
        <Action keyName="K" onClick={on.category} disabled={disabled}>
          Change category
        </Action>
      </div>
      <div className="decision-more">
        <Action keyName="N" onClick={on.note} disabled={disabled}>
          Add note
        </Action>
        <Action keyName="U" onClick={on.undo} disabled={disabled || !canUndo}>
          Undo
        </Action>
      </div>
    </div>
  );
}

/** Every shortcut, always on screen. */
export function ShortcutLegend() {
  const keys: [string, string][] = [
    ['C', 'confirm'],
    ['R', 'not abuse'],
    ['E', 'escalate'],
    ['K', 'change category'],
    ['N', 'note'],
    ['U', 'undo'],
    ['V', 'reveal or hide text'],
    ['J or →', 'next post'],
    ['P or ←', 'previous post'],
  ];
  return (
    <div className="shortcut-legend">
      <h3 className="sr-only">Keyboard shortcuts</h3>
      <ul aria-label="Keyboard shortcuts">
        {keys.map(([k, what]) => (
          <li key={k}>
            <kbd>{k}</kbd> {what}
          </li>
        ))}
      </ul>
    </div>
  );
}
