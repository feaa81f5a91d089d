/**
 * The numbers behind a chart, as a table whose cells link to the posts they count: the keyboard and
 * screen-reader route to every drill-down a mouse user gets by clicking the chart.
 */
import { useState } from 'react';
import { formatNumber } from '../format';

export interface DrillCell {
  value: number;
  href?: string;
}

export interface DrillRow {
  key: string;
  head: string;
  href?: string;
  cells: (number | DrillCell)[];
}

/** `rows` may be a function: big tables are only built when the reader opens them. */
export function DrillTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: DrillRow[] | (() => DrillRow[]);
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="data-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show the numbers as a table</summary>
      {open ? (
        <Table caption={caption} columns={columns} rows={typeof rows === 'function' ? rows() : rows} />
      ) : null}
    </details>
  );
}

function Table({ caption, columns, rows }: { caption: string; columns: string[]; rows: DrillRow[] }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={`${caption} (table)`}>
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={`${c}-${i}`} scope="col" className={i > 0 ? 'num' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.href ? <a href={r.href}>{r.head}</a> : r.head}</th>
              {r.cells.map((c, i) => {
                const cell = typeof c === 'number' ? { value: c } : c;
                return (
                  <td key={i} className="num">
                    {cell.href && cell.value > 0 ? (
                      <a href={cell.href}>{formatNumber(cell.value)}</a>
                    ) : (
                      formatNumber(cell.value)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
