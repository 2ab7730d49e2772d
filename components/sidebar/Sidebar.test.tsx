// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultChecklists } from '@/lib/checklists';
import { Sidebar, type FlagView, type SidebarProps } from './Sidebar';

const text = 'Love the product, but the export keeps timing out on big reports.';
function createFlag(overrides: Partial<FlagView> = {}): FlagView {
  return {
    messageId: 'm1',
    signal: 'great_but',
    detected: 'great_but',
    confidence: 0.82,
    evidence: [{ start: 18, end: 21, cue: 'but', reason: 'contrast after praise: names something to improve' }],
    text,
    dismissed: false,
    ...overrides,
  };
}

function createSidebarProps(overrides: Partial<SidebarProps> = {}): SidebarProps {
  const noop = () => undefined;
  return {
    helpdeskName: 'Zendesk',
    ticketId: '1042',
    backgroundVersion: '0.1.0',
    open: true,
    compact: false,
    ready: true,
    customerMessages: 2,
    flags: [createFlag()],
    selectedId: undefined,
    checklist: { signal: 'great_but', steps: defaultChecklists.great_but, done: new Set(['thank-suggestion']) },
    log: { suggested: { category: 'systems', factor: 'short_term' }, status: { state: 'idle' }, focusRequest: 0, manual: false },
    notice: undefined,
    onToggle: vi.fn(),
    onShow: vi.fn(),
    onDismiss: vi.fn(),
    onCorrect: vi.fn(),
    onToggleStep: vi.fn(),
    onInsert: vi.fn(),
    onCopySummary: vi.fn(),
    onGoToLog: vi.fn(),
    onLog: vi.fn(),
    onUpdateLog: vi.fn(),
    onUndoLog: vi.fn(),
    onPause: noop,
    ...overrides,
  };
}

afterEach(cleanup);

describe('Sidebar', () => {
  it('collapsed: only the tab, with the number of active flags', () => {
    const { getByTestId, queryByTestId } = render(
      <Sidebar {...createSidebarProps({ open: false, flags: [createFlag(), createFlag({ messageId: 'm2', dismissed: true })] })} />,
    );
    expect(getByTestId('nm-tab').getAttribute('data-count')).toBe('1');
    expect(getByTestId('nm-tab').getAttribute('aria-expanded')).toBe('false');
    expect(queryByTestId('nm-signal')).toBeNull();
  });

  it('shows each flag with its signal, its evidence phrase marked in the message, and the reason', () => {
    const { getByTestId } = render(<Sidebar {...createSidebarProps()} />);
    const flag = getByTestId('nm-signal');
    expect(flag.getAttribute('data-signal')).toBe('great_but');
    expect(getByTestId('nm-evidence').textContent).toBe('but');
    expect(flag.textContent).toContain('contrast after praise: names something to improve');
  });

  it('says when messages could not be checked, instead of "no near misses"', () => {
    const { getByText, queryByText, container } = render(<Sidebar {...createSidebarProps({ flags: [], problem: 'no reply from the background' })} />);
    expect(getByText(/no reply from the background/).getAttribute('role')).toBe('status');
    expect(queryByText(/No near misses/)).toBeNull();
    cleanup();
    render(<Sidebar {...createSidebarProps({ flags: [] })} />);
    expect(container.ownerDocument.body.textContent).toMatch(/No near misses/);
  });

  it('renders message text as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)"> but really';
    const { getByTestId } = render(
      <Sidebar {...createSidebarProps({ flags: [createFlag({ text: hostile, evidence: [{ start: 31, end: 34, cue: 'but', reason: 'r' }] })] })} />,
    );
    expect(getByTestId('nm-signal').querySelector('img')).toBeNull();
    expect(getByTestId('nm-signal').textContent).toContain('<img src=x');
  });

  it('marks checklist progress and warns on a churn risk', () => {
    const { getAllByTestId, getByText } = render(
      <Sidebar {...createSidebarProps({ flags: [createFlag({ signal: 'churn_risk', detected: 'churn_risk' })] })} />,
    );
    const steps = getAllByTestId('nm-check-item');
    expect(steps).toHaveLength(defaultChecklists.great_but.length);
    expect(steps[0]!.getAttribute('data-done')).toBe('true');
    expect(steps[1]!.getAttribute('data-done')).toBe('false');
    expect(getByText(/a hit in progress/)).toBeTruthy();
  });

  it('in a live chat shows only the next open step', () => {
    const { getAllByTestId } = render(<Sidebar {...createSidebarProps({ compact: true })} />);
    expect(getAllByTestId('nm-check-item').map((item) => item.getAttribute('data-step-id'))).toEqual(['thank-suggestion', 'ask-specifics']);
  });

  it('ignores clicks a page script dispatches', () => {
    const props = createSidebarProps({ open: false });
    const { getByTestId } = render(<Sidebar {...props} />);
    fireEvent.click(getByTestId('nm-tab'));
    expect(props.onToggle).not.toHaveBeenCalled();
  });

  it('logging by hand needs a kind before the log button works', () => {
    const { getByTestId } = render(
      <Sidebar {...createSidebarProps({ flags: [], checklist: undefined, log: { suggested: { category: null, factor: null }, status: { state: 'idle' }, focusRequest: 0, manual: true } })} />,
    );
    expect((getByTestId('nm-log') as HTMLButtonElement).disabled).toBe(true);
  });

  it('confirms a log only once it is stored, and offers undo while it can', () => {
    const { getByTestId, getByRole } = render(
      <Sidebar {...createSidebarProps({ log: { suggested: { category: 'systems', factor: null }, status: { state: 'logged', id: 'x', canUndo: true }, focusRequest: 0, manual: false } })} />,
    );
    expect(getByTestId('nm-logged')).toBeTruthy();
    expect(getByRole('button', { name: 'Undo' })).toBeTruthy();
  });
});
