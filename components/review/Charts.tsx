import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Chart, ChartConfiguration } from 'chart.js';
import { t } from '@/lib/i18n';
import type { NearMissRecord } from '@/lib/schema';
import { signals } from '@/lib/vocabulary';
import { categoryKeys, factorPareto, recoveryRate, signalMix, weeklyByCategory } from '@/lib/review/stats';
import { categoryLabel, factorLabel, outcomeLabel, signalLabel } from './labels';

export interface ChartsProps {
  records: readonly NearMissRecord[];
  /** Dark colour scheme: axis and label colours follow it. */
  dark: boolean;
}

const categoryColors: Record<string, string> = { process: '#c2571f', systems: '#2f6db5', human: '#8a4fc0', none: '#8a8f98' };
const signalColors: Record<string, string> = { great_but: '#d39a00', frustrated_retained: '#8a4fc0', passive: '#6b7586', churn_risk: '#c0352b' };
const outcomeColors: Record<string, string> = { recovered: '#2e8540', lost: '#c0352b', pending: '#9aa1ad' };

const noRecords: readonly NearMissRecord[] = [];

type ChartModule = typeof import('./chart-setup');
let chartModule: Promise<ChartModule> | undefined;

/** chart.js is loaded on first need (see ./chart-setup). */
function loadCharts(): Promise<ChartModule> {
  chartModule ??= import('./chart-setup');
  return chartModule;
}

/** Runs each job in its own task, so four chart draws never add up to one long task. */
function inTurns(jobs: Array<() => void>, timers: number[]): void {
  jobs.forEach((job, i) => timers.push(window.setTimeout(job, i * 16)));
}

/**
 * The lead's charts: near misses per week by category (stacked bars), a Pareto of contributing
 * factors (bars and a cumulative % line), the signal mix and the recovery rate. Drawn only when the
 * section scrolls into view; every chart has the same figures as a table for screen readers (and
 * for anyone who prefers numbers), and a one-sentence summary as its accessible name.
 */
export function Charts({ records, dark }: ChartsProps) {
  const section = useRef<HTMLElement>(null);
  const canvases = useRef<Array<HTMLCanvasElement | null>>([]);
  const charts = useRef<Chart[]>([]);
  const [visible, setVisible] = useState(false);

  // Figures are computed only once the section is on screen: until then a filter change costs nothing here.
  const shown = visible ? records : noRecords;
  const weekly = useMemo(() => weeklyByCategory(shown), [shown]);
  const pareto = useMemo(() => factorPareto(shown), [shown]);
  const mix = useMemo(() => signalMix(shown), [shown]);
  const recovery = useMemo(() => recoveryRate(shown), [shown]);

  useEffect(() => {
    const el = section.current;
    if (!el) return;
    if (typeof IntersectionObserver === 'undefined') return setVisible(true);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setVisible(true);
        observer.disconnect();
      }
    }, { rootMargin: '200px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const configs = useMemo((): Array<ChartConfiguration> => {
    const ink = dark ? '#d6dbe4' : '#2b3140';
    const grid = dark ? 'rgba(255,255,255,0.12)' : 'rgba(0,0,0,0.08)';
    const axes = { ticks: { color: ink }, grid: { color: grid } };
    const legend = { labels: { color: ink } };
    return [
      {
        type: 'bar',
        data: {
          labels: weekly.weeks,
          datasets: categoryKeys.map((c) => ({ label: categoryLabel(c), data: weekly.counts[c], backgroundColor: categoryColors[c] })),
        },
        options: { animation: false, maintainAspectRatio: false, scales: { x: { ...axes, stacked: true }, y: { ...axes, stacked: true, beginAtZero: true, ticks: { color: ink, precision: 0 } } }, plugins: { legend } },
      },
      {
        type: 'bar',
        data: {
          labels: pareto.map((p) => factorLabel(p.factor)),
          datasets: [
            { type: 'bar', label: t('rvChartCount'), data: pareto.map((p) => p.count), backgroundColor: pareto.map((p) => categoryColors[p.category] ?? '#888'), yAxisID: 'y', order: 2 },
            { type: 'line', label: t('rvChartCumulative'), data: pareto.map((p) => p.cumulativePercent), borderColor: ink, backgroundColor: ink, yAxisID: 'y1', order: 1 },
          ],
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          scales: { x: axes, y: { ...axes, beginAtZero: true, ticks: { color: ink, precision: 0 } }, y1: { position: 'right', min: 0, max: 100, ticks: { color: ink, callback: (v) => `${v}%` }, grid: { display: false } } },
          plugins: { legend },
        },
      },
      {
        type: 'doughnut',
        data: { labels: signals.map(signalLabel), datasets: [{ data: signals.map((s) => mix[s]), backgroundColor: signals.map((s) => signalColors[s] ?? '#888'), borderColor: dark ? '#1b1f27' : '#fff' }] },
        options: { animation: false, maintainAspectRatio: false, plugins: { legend: { ...legend, position: 'right' } } },
      },
      {
        type: 'doughnut',
        data: {
          labels: (['recovered', 'lost', 'pending'] as const).map(outcomeLabel),
          datasets: [{ data: [recovery.recovered, recovery.lost, recovery.pending], backgroundColor: ['recovered', 'lost', 'pending'].map((o) => outcomeColors[o] ?? '#888'), borderColor: dark ? '#1b1f27' : '#fff' }],
        },
        options: { animation: false, maintainAspectRatio: false, plugins: { legend: { ...legend, position: 'right' } } },
      },
    ];
  }, [weekly, pareto, mix, recovery, dark]);

  // Create once visible; afterwards, swap data and redraw without animation, one chart per task.
  useEffect(() => {
    if (!visible) return;
    const timers: number[] = [];
    let cancelled = false;
    void loadCharts().then(({ Chart }) => {
      if (cancelled) return;
      inTurns(
        configs.map((config, i) => () => {
          const existing = charts.current[i];
          if (existing) {
            existing.data = config.data;
            existing.options = config.options ?? {};
            existing.update('none');
            return;
          }
          const canvas = canvases.current[i];
          if (canvas) charts.current[i] = new Chart(canvas, config);
        }),
        timers,
      );
    });
    return () => {
      cancelled = true;
      timers.forEach((timer) => clearTimeout(timer));
    };
  }, [visible, configs]);

  useEffect(() => () => charts.current.forEach((chart) => chart.destroy()), []);

  const topFactor = pareto[0];
  const busiest = weekly.weeks.reduce<{ week: string; total: number } | null>((best, week, i) => {
    const total = categoryKeys.reduce((sum, c) => sum + (weekly.counts[c][i] ?? 0), 0);
    return !best || total > best.total ? { week, total } : best;
  }, null);
  const summaries = [
    busiest ? t('rvWeeklySummary', [String(weekly.weeks.length), busiest.week, String(busiest.total)]) : t('rvNoData'),
    topFactor ? t('rvParetoSummary', [factorLabel(topFactor.factor), String(topFactor.count), String(topFactor.cumulativePercent)]) : t('rvNoData'),
    t('rvSignalSummary', signals.map((s) => `${signalLabel(s)} ${mix[s]}`).join(', ')),
    recovery.ratePercent === null ? t('rvRecoveryNone') : t('rvRecoverySummary', [String(recovery.ratePercent), String(recovery.recovered), String(recovery.recovered + recovery.lost)]),
  ];
  const titles = [t('rvChartWeekly'), t('rvChartPareto'), t('rvChartSignals'), t('rvChartRecovery')];

  const tables = [
    <table key="w">
      <caption>{titles[0]}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rvWeekOf')}</th>
          {categoryKeys.map((c) => (
            <th key={c} scope="col">
              {categoryLabel(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weekly.weeks.map((week, i) => (
          <tr key={week}>
            <th scope="row">{week}</th>
            {categoryKeys.map((c) => (
              <td key={c}>{weekly.counts[c][i]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>,
    <table key="p">
      <caption>{titles[1]}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rvFactor')}</th>
          <th scope="col">{t('rvChartCount')}</th>
          <th scope="col">{t('rvChartCumulative')}</th>
        </tr>
      </thead>
      <tbody>
        {pareto.map((p) => (
          <tr key={p.factor}>
            <th scope="row">{factorLabel(p.factor)}</th>
            <td>{p.count}</td>
            <td>{p.cumulativePercent}%</td>
          </tr>
        ))}
      </tbody>
    </table>,
    <table key="s">
      <caption>{titles[2]}</caption>
      <tbody>
        {signals.map((s) => (
          <tr key={s}>
            <th scope="row">{signalLabel(s)}</th>
            <td>{mix[s]}</td>
          </tr>
        ))}
      </tbody>
    </table>,
    <table key="r">
      <caption>{titles[3]}</caption>
      <tbody>
        {(['recovered', 'lost', 'pending'] as const).map((o) => (
          <tr key={o}>
            <th scope="row">{outcomeLabel(o)}</th>
            <td>{recovery[o]}</td>
          </tr>
        ))}
      </tbody>
    </table>,
  ];

  return (
    <section ref={section} class="nm-charts" aria-labelledby="nm-charts-heading" data-testid="nm-review-charts" data-drawn={String(visible)}>
      <h2 id="nm-charts-heading">{t('rvChartsHeading')}</h2>
      <div class="nm-chart-grid">
        {titles.map((title, i) => (
          <figure key={i} class={`nm-chart ${i < 2 ? 'nm-chart-wide' : ''}`}>
            <figcaption>
              <strong>{title}</strong>
              {i === 3 && recovery.ratePercent !== null && <span class="nm-big" data-testid="nm-recovery-rate"> {recovery.ratePercent}%</span>}
            </figcaption>
            <div class="nm-canvas">
              <canvas ref={(el) => void (canvases.current[i] = el)} role="img" aria-label={`${title}. ${summaries[i]}`} />
            </div>
            <p class="nm-muted nm-chart-summary">{summaries[i]}</p>
            <details>
              <summary>{t('rvShowTable')}</summary>
              {tables[i]}
            </details>
          </figure>
        ))}
      </div>
    </section>
  );
}
