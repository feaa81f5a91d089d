/**
 * A file name that wraps at its natural joints (after _ - . and spaces) instead of mid-word, since
 * export names are long and have no spaces.
 */
import { Fragment } from 'react';

export function FileName({ name }: { name: string }) {
  const parts = name.split(/(?<=[_\-.])/);
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {p}
          {i < parts.length - 1 ? <wbr /> : null}
        </Fragment>
      ))}
    </>
  );
}
