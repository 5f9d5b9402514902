import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

// Only the parts a bar chart needs, so the review page carries no more of chart.js than it uses.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface Series {
  label: string;
  values: number[];
  color: string;
}

interface Props {
  /** What the chart shows, for its table's caption. */
  title: string;
  labels: string[];
  series: Series[];
  unit?: string;
}

/**
 * A bar chart for the eye, and the same numbers as a table for screen readers and for reading
 * exact values (the canvas is hidden from assistive technology; the table is the source).
 */
export function BarChart({ title, labels, series, unit = '' }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels, datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color })) },
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } },
    });
    return () => chart.destroy();
  }, [labels, series]);
  return (
    <figure className="chart">
      <div className="chart-canvas">
        <canvas ref={canvas} aria-hidden="true" />
      </div>
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col"></th>
            {series.map((s) => (
              <th key={s.label} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {series.map((s) => (
                <td key={s.label}>
                  {s.values[i]}
                  {unit}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
