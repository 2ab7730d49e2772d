// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateRecords, makeRecord } from '../../test/support/records';
import { RecordList, ROW_HEIGHT } from './RecordList';
import { AnalysisPanel, type AnalysisPanelProps } from './AnalysisPanel';
import { ImportReport } from './ImportReport';
import { Filters } from './Filters';

// The fake browser has no locale files: every UI string renders as its message key, which the
// assertions below read (`rvNoMatches`), so they check which message is shown, not its wording.
beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => '');
});
afterEach(cleanup);

describe('RecordList', () => {
  it('renders only the rows in view (plus overscan) of 10,000, each knowing its place in the whole', () => {
    const records = generateRecords(10_000);
    const { getAllByTestId, getByRole } = render(<RecordList records={records} selectedId={undefined} onSelect={() => {}} height={320} />);
    const rows = getAllByTestId('nm-review-row');
    // 320 px / 64 px = 5 visible rows, plus 6 below: 11 (none above at the top).
    expect(rows).toHaveLength(320 / ROW_HEIGHT + 6);
    const first = rows[0]!.closest('li')!;
    expect([first.getAttribute('aria-posinset'), first.getAttribute('aria-setsize')]).toEqual(['1', '10000']);
    expect(getByRole('list').style.height).toBe(`${10_000 * ROW_HEIGHT}px`);
  });

  it('renders hostile text as text', () => {
    const record = makeRecord({ evidence: [{ quote: '<img src=x onerror="alert(1)"><script>alert(2)</script>' }] });
    const { container, getByTestId } = render(<RecordList records={[record]} selectedId={record.id} onSelect={() => {}} />);
    expect(getByTestId('nm-review-row').textContent).toContain('<img src=x onerror="alert(1)"><script>alert(2)</script>');
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
    expect(getByTestId('nm-review-row').getAttribute('aria-current')).toBe('true');
  });

  it('reports a click and moves the selection with the arrow keys', () => {
    const records = generateRecords(3);
    const onSelect = vi.fn();
    const { getAllByTestId, getByTestId } = render(<RecordList records={records} selectedId={records[0]!.id} onSelect={onSelect} />);
    fireEvent.click(getAllByTestId('nm-review-row')[2]!);
    fireEvent.keyDown(getByTestId('nm-review-list'), { key: 'ArrowDown' });
    expect(onSelect.mock.calls).toEqual([[records[2]!.id], [records[1]!.id]]);
  });

  it('says so when nothing matches', () => {
    const { getByTestId } = render(<RecordList records={[]} selectedId={undefined} onSelect={() => {}} />);
    expect(getByTestId('nm-review-empty').textContent).toBe('rvNoMatches');
  });
});

describe('AnalysisPanel', () => {
  const props = (overrides: Partial<AnalysisPanelProps> = {}): AnalysisPanelProps => ({
    record: makeRecord({ agentName: 'Dana', category: 'systems', factor: 'strategic' }),
    blameless: true,
    saving: false,
    message: null,
    onSave: () => {},
    ...overrides,
  });

  it('hides the agent name in blameless mode and shows it only when the team turned that off', () => {
    expect(render(<AnalysisPanel {...props()} />).queryByTestId('nm-analysis-agent')).toBeNull();
    cleanup();
    expect(render(<AnalysisPanel {...props({ blameless: false })} />).getByTestId('nm-analysis-agent').textContent).toBe('Dana');
  });

  it("asks the chosen area's follow-up question and saves the lead's edits as one patch", () => {
    const onSave = vi.fn();
    const { container, getByTestId } = render(<AnalysisPanel {...props({ onSave })} />);
    expect(getByTestId('nm-analysis-factor').querySelector('legend')?.textContent).toBe('rvFollowUp_systems');
    fireEvent.click(container.querySelector<HTMLInputElement>('input[name="nm-category"][value="process"]')!);
    expect(getByTestId('nm-analysis-factor').querySelector('legend')?.textContent).toBe('rvFollowUp_process');
    fireEvent.click(container.querySelector<HTMLInputElement>('input[name="nm-factor"][value="cumbersome"]')!);
    fireEvent.change(getByTestId('nm-analysis-status'), { target: { value: 'done' } });
    fireEvent.submit(container.querySelector('form')!);
    expect(onSave).toHaveBeenCalledWith({
      category: 'process',
      factor: 'cumbersome',
      contributed: 'Export times out on large accounts',
      recommendedChange: 'Stream the export',
      changeStatus: 'done',
      outcome: 'recovered',
    });
  });

  it('keeps Save disabled until something changed', () => {
    const { getByTestId } = render(<AnalysisPanel {...props()} />);
    expect((getByTestId('nm-analysis-save') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('ImportReport', () => {
  it('lists every bad row and offers to import only the valid ones', () => {
    const onApply = vi.fn();
    const problems = [
      { where: 'line 3', message: 'id: Invalid UUID' },
      { where: 'line 7', message: 'ticketUrl: must be an https:// address' },
    ];
    const { getByTestId } = render(<ImportReport state={{ phase: 'review', fileName: 'a.csv', valid: 5, total: 7, problems }} onApply={onApply} onDismiss={() => {}} />);
    expect([...getByTestId('nm-import-problems').querySelectorAll('li')].map((li) => li.textContent)).toEqual(['line 3: id: Invalid UUID', 'line 7: ticketUrl: must be an https:// address']);
    fireEvent.click(getByTestId('nm-import-apply'));
    expect(onApply).toHaveBeenCalledTimes(1);
  });
});

describe('Filters', () => {
  it('emits a new filter, and clears a factor that the new category does not hold', () => {
    const onChange = vi.fn();
    const { getByTestId } = render(<Filters filter={{ category: 'systems', factor: 'strategic', q: 'x' }} helpdesks={['zendesk']} segments={[]} onChange={onChange} />);
    fireEvent.change(getByTestId('nm-review-filter-category'), { target: { value: 'human' } });
    expect(onChange).toHaveBeenLastCalledWith({ category: 'human', factor: undefined, q: 'x' });
  });
});
