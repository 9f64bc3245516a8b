// The numbers behind a chart as a table in a <details>, built only when opened (thousands of rows).
import { useState } from 'preact/hooks';

export interface ChartNumbersProps {
  /** The <summary> text that opens the table. */
  summary: string;
  caption: string;
  /** Column headings; the first column heads each row. */
  headers: readonly string[];
  /** The rows as text, asked for when the table is first opened. */
  rows: () => readonly (readonly string[])[];
}

export function ChartNumbers({ summary, caption, headers, rows }: ChartNumbersProps) {
  const [open, setOpen] = useState(false);
  return (
    <details class="chart-numbers" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary class="chart-numbers__summary">{summary}</summary>
      {open && (
        <div class="chart-numbers__scroll">
          <table class="chart-numbers__table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                {headers.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows().map(([head, ...cells], index) => (
                // Rows never reorder while shown; their position is their identity.
                <tr key={index}>
                  <th scope="row">{head}</th>
                  {cells.map((cell, column) => (
                    <td key={column}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
