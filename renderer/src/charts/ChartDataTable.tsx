/** The numbers behind a chart, one click away: for screen readers, and for copying into a briefing. */
import { formatNumber } from '../format';

interface Props {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

export function ChartDataTable({ caption, columns, rows }: Props) {
  return (
    <details className="data-details">
      <summary>Show the numbers as a table</summary>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={`${caption} (table)`}>
        <table className="data-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={c} scope="col" className={i > 0 ? 'num' : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={String(r[0])}>
                {r.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className="num">
                      {typeof cell === 'number' ? formatNumber(cell) : cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
