/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Escape closes it, and the
 * page behind is inert. Focus starts on the element marked data-autofocus and returns to whatever
 * opened the dialog. The heading names the dialog.
 */
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

interface DialogProps {
  title: string;
  /** One line under the title. */
  intro?: ReactNode;
  children: ReactNode;
  /** Buttons along the bottom. */
  footer?: ReactNode;
  onClose: () => void;
  /** While true, Escape does nothing (e.g. during an import that cannot be abandoned half-way). */
  busy?: boolean;
  size?: 'normal' | 'wide';
  role?: 'dialog' | 'alertdialog';
}

export function Dialog({
  title,
  intro,
  children,
  footer,
  onClose,
  busy,
  size = 'normal',
  role,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  // The latest values, for the Escape handler registered once below.
  const busyRef = useRef(busy);
  const closeRef = useRef(onClose);
  useEffect(() => {
    busyRef.current = busy;
    closeRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    // Start where the user's first decision is (data-autofocus), not on the Close button.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onCancel = (e: Event) => {
      e.preventDefault();
      if (!busyRef.current) closeRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      // Back to the button that opened it; if that is gone (the person was removed), to the heading.
      if (opener?.isConnected) opener.focus();
      else document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`people-dialog${size === 'wide' ? ' people-dialog-wide' : ''}`}
      aria-labelledby={`${id}-title`}
      aria-describedby={intro ? `${id}-intro` : undefined}
      role={role}
    >
      <div className="people-dialog-header">
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          {intro ? (
            <p id={`${id}-intro`} className="muted">
              {intro}
            </p>
          ) : null}
        </div>
        <button
          type="button"
          className="btn btn-small people-dialog-close"
          onClick={() => onClose()}
          disabled={busy}
        >
          Close
        </button>
      </div>
      <div className="people-dialog-body">{children}</div>
      {footer ? <div className="people-dialog-footer">{footer}</div> : null}
    </dialog>
  );
}
