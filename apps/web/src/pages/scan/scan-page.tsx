import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, Segmented, Select } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { localMessage } from '../../api/localized-message';
import { useAuth } from '../../auth/auth';
import type { MessageKey } from '../../i18n/catalogues';
import { formatNumber } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import { beep, unlockAudio } from './beep';
import { IdbScanStore } from './idb-scan-store';
import { useKeptFocus } from './kept-focus';
import { useOutboxRetry } from './outbox-retry';
import {
  type CountScanAnswer,
  loadCount,
  loadLocations,
  loadOpenPickLists,
  loadPickList,
  type MoveAnswer,
  scanRequest,
  sendScan,
  storedLocations,
} from './scan-api';
import { pickListMatches, pickListOrders, pickListScanned } from './pick-list-choice';
import { problemText, type ProblemText } from './scan-problem';
import { FallbackScanStore, type QueuedScan, ScanQueue, type ScanSummary } from './scan-queue';
import {
  askLot,
  cleared,
  currentStep,
  interpret,
  type KnownLocation,
  type Mode,
  MODES,
  type StationState,
  type Step,
  type ScanIntent,
  withMode,
} from './scan-steps';
import { readStored, type StorageScope, writeStored } from './scan-storage';
import './scan.css';

const LAST_SCANS = 50;

const MODE_LABEL: Record<Mode, MessageKey> = {
  receipt: 'scan.mode.receipt',
  issue: 'scan.mode.issue',
  transfer: 'scan.mode.transfer',
  count: 'scan.mode.count',
};
const STEP_LABEL: Record<Step, MessageKey> = {
  location: 'scan.step.location',
  from: 'scan.step.from',
  to: 'scan.step.to',
  item: 'scan.step.item',
  lot: 'scan.step.lot',
};

type Outcome =
  { kind: 'sending' } | { kind: 'queued' } | { kind: 'ok'; answer: unknown } | { kind: 'refused'; problem: unknown };

interface Entry {
  scanId: string;
  at: number;
  summary: ScanSummary;
  outcome: Outcome;
}

type Feedback =
  | { tone: 'idle' }
  | { tone: 'ok'; entry: Entry }
  | { tone: 'error'; entry?: Entry; text: ProblemText; resend?: boolean }
  | { tone: 'warn'; key: MessageKey; values: Record<string, string | number> }
  | { tone: 'info'; key: MessageKey; values: Record<string, string | number> };

const STATE_KEY = 'mendao.scan.state';

/** An issue the pick list refused as beyond its need (or made when it is all picked): what was asked, what is left. */
interface OverIssue {
  intent: ScanIntent;
  remaining: number;
  unit: string;
}

/** A refusal of the reason itself (too short or long, a control character): the picker corrects it in the panel. */
function refusesReason(problem: { code?: string; errors?: { field?: string }[] }): boolean {
  return (
    problem.code === 'pick_list.over_issue_reason' || (problem.errors ?? []).some((e) => e.field === 'overIssueReason')
  );
}

/** The station's context (locations, quantity, lot) outlives a reload of the tab, in the same mode, per user. */
function storedState(mode: Mode, scope: StorageScope): StationState {
  const stored = readStored<StationState>(() => sessionStorage, STATE_KEY, scope);
  return stored?.mode === mode ? stored : { mode };
}

/** The item code the api booked (the scan may have been a barcode), else what was scanned. */
function bookedItem(entry: Entry): string {
  if (entry.outcome.kind !== 'ok') return entry.summary.item;
  const answer = entry.outcome.answer as Partial<MoveAnswer & CountScanAnswer>;
  return answer.move?.item ?? answer.counted?.item ?? entry.summary.item;
}

function parseMode(value: string | null): Mode {
  return MODES.find((m) => m === value) ?? 'receipt';
}

/** The editable elements that may keep the focus away from the scan input (a dialog's field, a search box). */
function editable(element: Element | null): boolean {
  if (!element || element === document.body) return false;
  if (element.closest('.ant-modal, .ant-drawer, .ant-dropdown, .ant-select-dropdown')) return true;
  return element.matches(
    'textarea, select, [contenteditable="true"], input:not([type=radio]):not([type=checkbox]):not([type=button])',
  );
}

/**
 * The warehouse scan station (扫码): one large input that keeps the focus, for a keyboard-wedge scanner and no
 * mouse. See scan-steps.ts for what each entry does; scan-queue.ts for how scans survive a network outage.
 */
export default function ScanPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { session } = useAuth();
  const queries = useQueryClient();
  const [params, setParams] = useSearchParams();
  const mode = parseMode(params.get('mode'));
  const countId = mode === 'count' ? (params.get('count') ?? undefined) : undefined;
  const pickListId = mode === 'issue' ? (params.get('pickList') ?? undefined) : undefined;

  // what this browser keeps for the station is this factory's and this user's only
  const factoryId = session?.user.factory.id ?? '';
  const userId = session?.user.id ?? '';
  const scope = useMemo(() => ({ factory: factoryId, user: userId }), [factoryId, userId]);

  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<StationState>(() => storedState(mode, scope));
  const [entries, setEntries] = useState<Entry[]>([]);
  const [feedback, setFeedback] = useState<Feedback>({ tone: 'idle' });
  const [feedbackSeq, setFeedbackSeq] = useState(0);
  const [waiting, setWaiting] = useState(0);
  // scans the api refused on a resend: kept in the store until the user dismisses them (a reload keeps them)
  const [refusedScans, setRefusedScans] = useState<QueuedScan[]>([]);
  // IndexedDB could not be opened: scans are kept in memory only, as long as this tab lives
  const [memoryOnly, setMemoryOnly] = useState(false);
  // the store has been read (what waits and what was refused is listed): for the browser tests to wait on
  const [storeRead, setStoreRead] = useState(false);
  const [online, setOnline] = useState(() => navigator.onLine);
  // an issue refused as beyond the pick list's need, waiting for the picker's reason (or to be let go)
  const [overIssue, setOverIssue] = useState<OverIssue>();
  const [reason, setReason] = useState('');
  // what the next key press reads: a scanner sends the next code before React has rendered the last one
  const stateRef = useRef(state);
  const apply = useCallback(
    (next: StationState | ((s: StationState) => StationState)) => {
      stateRef.current = typeof next === 'function' ? next(stateRef.current) : next;
      setState(stateRef.current);
      writeStored(() => sessionStorage, STATE_KEY, scope, stateRef.current);
    },
    [scope],
  );

  const locations = useQuery({
    queryKey: ['scan', 'locations', factoryId, userId],
    queryFn: () => loadLocations(scope),
    placeholderData: () => storedLocations(scope),
    staleTime: 60_000,
    retry: 1,
  });
  const count = useQuery({
    queryKey: ['scan', 'count', countId],
    queryFn: ({ signal }) => loadCount(countId ?? '', signal),
    enabled: countId !== undefined,
  });
  const pickList = useQuery({
    queryKey: ['scan', 'pick-list', pickListId],
    queryFn: ({ signal }) => loadPickList(pickListId ?? '', signal),
    enabled: pickListId !== undefined,
  });
  const openPickLists = useQuery({
    queryKey: ['scan', 'pick-lists', 'open'],
    queryFn: ({ signal }) => loadOpenPickLists(signal),
    enabled: mode === 'issue',
    staleTime: 30_000,
  });
  const unitOf = useCallback(
    (item: string) => pickList.data?.lines.find((l) => l.item === item)?.unit ?? '',
    [pickList.data],
  );

  const findLocation = useCallback(
    (code: string): KnownLocation | undefined => {
      const byKey = locations.data;
      const found = byKey?.[code] ?? byKey?.[code.toUpperCase()];
      return found ? { code: found.code, name: language === 'en' ? found.nameEn : found.name } : undefined;
    },
    [locations.data, language],
  );

  // the mode and a count's own location come from the address (deep links from the counts and pick-list pages)
  const fixedCode = count.data?.location ?? undefined;
  useEffect(() => {
    apply((s) =>
      s.mode === mode && s.fixedLocation?.code === fixedCode
        ? s
        : {
            ...(s.mode === mode ? s : withMode(s, mode)),
            fixedLocation: fixedCode ? (findLocation(fixedCode) ?? { code: fixedCode, name: '' }) : undefined,
          },
    );
  }, [mode, fixedCode, findLocation, apply]);

  const show = useCallback((next: Feedback) => {
    setFeedback(next);
    setFeedbackSeq((n) => n + 1);
  }, []);

  const settle = useCallback((scanId: string, outcome: Outcome) => {
    setEntries((list) => list.map((e) => (e.scanId === scanId ? { ...e, outcome } : e)));
  }, []);

  // one queue per signed-in user and page: IndexedDB, or memory (with a warning) when the browser cannot open it
  const owner = session?.user.id ?? '';
  const queue = useMemo(
    () =>
      new ScanQueue(new FallbackScanStore(new IdbScanStore(), () => setMemoryOnly(true)), sendScan, owner, {
        waiting: setWaiting,
        settled: (scan, result) => {
          settle(scan.scanId, result.kind === 'ok' ? result : { kind: 'refused', problem: result.problem });
          if (result.kind === 'refused') {
            setRefusedScans((list) => [
              ...list.filter((s) => s.scanId !== scan.scanId),
              { ...scan, refused: { status: result.status, problem: result.problem } },
            ]);
            beep('error');
            show({
              tone: 'error',
              text: problemText(result.problem),
              resend: true,
              entry: {
                scanId: scan.scanId,
                at: scan.seq,
                summary: scan.summary,
                outcome: { kind: 'refused', problem: result.problem },
              },
            });
          }
        },
      }),
    [owner, settle, show],
  );

  // what waited from before a reload is listed and sent
  useEffect(() => {
    let live = true;
    void queue.waiting().then((scans: QueuedScan[]) => {
      if (!live) return;
      setWaiting(scans.length);
      setEntries((list) => [
        ...scans
          .filter((s) => !list.some((e) => e.scanId === s.scanId))
          .map((s) => ({ scanId: s.scanId, at: s.seq, summary: s.summary, outcome: { kind: 'queued' } as const }))
          .reverse(),
        ...list,
      ]);
      if (scans.length > 0) void queue.flush();
    });
    void queue.refused().then((scans) => {
      if (!live) return;
      setRefusedScans(scans);
      setStoreRead(true);
    });
    return () => {
      live = false;
    };
  }, [queue]);

  const dismiss = useCallback(
    (scanIds: string[]) => {
      void queue
        .dismiss(scanIds)
        .then(() => setRefusedScans((list) => list.filter((s) => !scanIds.includes(s.scanId))));
    },
    [queue],
  );

  useOutboxRetry(queue, waiting, setOnline);

  // the input keeps the focus: after any click elsewhere, a closed dialog, a return to the window
  useKeptFocus(input, editable);

  const changeMode = useCallback(
    (next: Mode) => {
      const kept = new URLSearchParams({ mode: next });
      // a deep link's count or pick list stays with its own mode
      if (next === 'count' && params.get('count')) kept.set('count', params.get('count') ?? '');
      if (next === 'issue' && params.get('pickList')) kept.set('pickList', params.get('pickList') ?? '');
      setParams(kept, { replace: true });
      apply((s) => withMode(s, next));
      show({ tone: 'idle' });
      input.current?.focus();
    },
    [params, setParams, show, apply],
  );

  /** Picks against this pick list (or none): it goes into the address, so a reload keeps it. */
  const choosePickList = useCallback(
    (id: string | undefined) => {
      const kept = new URLSearchParams({ mode: 'issue' });
      if (id) kept.set('pickList', id);
      setParams(kept, { replace: true });
      setOverIssue(undefined);
      input.current?.focus();
    },
    [setParams],
  );

  const post = useCallback(
    async (intent: Parameters<typeof scanRequest>[0], asking?: OverIssue) => {
      setOverIssue(undefined);
      const request = scanRequest(intent, { countId, pickListId, fixedLocation: fixedCode });
      const at = Date.now();
      const entry: Entry = { scanId: request.scanId, at, summary: request.summary, outcome: { kind: 'sending' } };
      setEntries((list) => [entry, ...list].slice(0, LAST_SCANS));
      let outcome: Awaited<ReturnType<typeof queue.submit>>;
      try {
        outcome = await queue.submit(request, at);
      } catch {
        // the browser refused to keep it (storage full or blocked): it is neither sent nor saved, and says so
        settle(request.scanId, { kind: 'refused', problem: null });
        beep('error');
        show({ tone: 'error', entry, text: { key: 'scan.feedback.notSaved', values: {} } });
        return;
      }
      const result: Outcome = outcome.kind === 'refused' ? { kind: 'refused', problem: outcome.problem } : outcome;
      settle(request.scanId, result);
      const done = { ...entry, outcome: result };
      if (outcome.kind === 'ok') {
        beep('ok');
        show({ tone: 'ok', entry: done });
        if (pickListId) void queries.invalidateQueries({ queryKey: ['scan', 'pick-list', pickListId] });
      } else if (outcome.kind === 'queued') {
        beep('prompt');
        show({ tone: 'warn', key: 'scan.feedback.queued', values: { item: intent.item } });
      } else {
        const problem = outcome.problem as {
          code?: string;
          params?: { remaining?: number };
          errors?: { field?: string }[];
        };
        // beyond what is left, or anything once all is picked: the picker may take more with a reason
        const mayOverIssue = problem.code === 'pick_list.beyond_need' || problem.code === 'pick_list.complete';
        if (asking && refusesReason(problem)) {
          // the reason was refused, not the issue: the panel stays, with what was typed, to be corrected
          setOverIssue(asking);
          beep('error');
          show({ tone: 'error', entry: done, text: problemText(outcome.problem) });
        } else if (mayOverIssue && !intent.overIssueReason) {
          // the picker may take more with a reason (a broken sheet, a miscut): asked for below the feedback
          setOverIssue({ intent, remaining: problem.params?.remaining ?? 0, unit: unitOf(intent.item) });
          setReason('');
          beep('error');
          show({ tone: 'error', entry: done, text: problemText(outcome.problem) });
        } else if (problem.code === 'stock.lot_required' && !intent.lot) {
          // not a mistake: the item is lot-tracked, and the next entry is its lot
          apply((s) => askLot(s, intent));
          beep('prompt');
          show({ tone: 'warn', key: 'scan.feedback.lotNeeded', values: { item: intent.item } });
        } else {
          beep('error');
          show({ tone: 'error', entry: done, text: problemText(outcome.problem) });
        }
      }
    },
    [countId, pickListId, fixedCode, queue, settle, show, queries, apply, unitOf],
  );

  const overIssueNow = useCallback(() => {
    if (!overIssue || [...reason.trim()].length < 2) return;
    void post({ ...overIssue.intent, overIssueReason: reason.trim() }, overIssue);
    input.current?.focus();
  }, [overIssue, reason, post]);

  const onEnter = useCallback(
    (raw: string) => {
      // a pick list's printed code (its id), or an order number of its run, chooses it, in the issue mode
      const scannedList = mode === 'issue' ? pickListScanned(openPickLists.data ?? [], raw) : undefined;
      if (scannedList) {
        choosePickList(scannedList.id);
        beep('prompt');
        show({
          tone: 'info',
          key: 'scan.pickList.chosen',
          values: { id: scannedList.id.slice(0, 8), orders: pickListOrders(scannedList) },
        });
        return;
      }
      const action = interpret(stateRef.current, raw, findLocation);
      switch (action.kind) {
        case 'none':
          return;
        case 'refuse':
          beep('error');
          show({ tone: 'error', text: { key: `scan.local.${action.reason}`, values: {} } });
          return;
        case 'state': {
          apply(action.state);
          const place =
            action.said === 'quantity'
              ? undefined
              : action.state[action.said === 'location' ? 'location' : action.said];
          beep('prompt');
          show(
            action.said === 'quantity'
              ? {
                  tone: 'info',
                  key: 'scan.feedback.quantity',
                  values: { quantity: formatNumber(action.state.quantity ?? 1, language) },
                }
              : {
                  tone: 'info',
                  key: `scan.feedback.${action.said}`,
                  values: { code: place?.code ?? '', name: place?.name ?? '' },
                },
          );
          return;
        }
        case 'post':
          if (action.scan.mode === 'count' && !countId) {
            beep('error');
            show({ tone: 'error', text: { key: 'scan.local.countFirst', values: {} } });
            return;
          }
          apply(action.state);
          void post(action.scan);
          return;
      }
    },
    [findLocation, show, post, countId, language, apply, mode, openPickLists.data, choosePickList],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    unlockAudio();
    if (event.key === 'Enter') {
      event.preventDefault();
      const raw = event.currentTarget.value;
      event.currentTarget.value = '';
      onEnter(raw);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.currentTarget.value = '';
      apply((s) => cleared(s));
      show({ tone: 'info', key: 'scan.feedback.cleared', values: {} });
    } else if (event.altKey && /^[1-4]$/.test(event.key)) {
      event.preventDefault();
      changeMode(MODES[Number(event.key) - 1]);
    }
  };

  const step = currentStep(state);
  const where = (s: ScanSummary) => describeWhere(s);
  const describe = (e: Entry) => `${bookedItem(e)} × ${formatNumber(e.summary.quantity, language)}`;
  // the api's own detail is two-language ("… / …"): the station says the half in its language
  const say = (text: ProblemText) =>
    'detail' in text ? localMessage(text.detail, language, t) : t(text.key, text.values);

  return (
    <div className="scan">
      <div className="scan-top">
        <PageTitle entry={entry} />
        <div className="scan-status">
          {!online && <span className="scan-offline">{t('scan.offline')}</span>}
          <span
            className={waiting > 0 ? 'scan-waiting scan-waiting-some' : 'scan-waiting'}
            data-testid="scan-waiting"
            data-count={waiting}
            data-ready={storeRead}
          >
            {t('scan.waiting', { count: waiting })}
          </span>
        </div>
      </div>
      <Segmented<Mode>
        className="scan-modes"
        size="large"
        value={mode}
        onChange={changeMode}
        options={MODES.map((m, n) => ({ value: m, label: `${t(MODE_LABEL[m])} · Alt+${n + 1}` }))}
      />
      {mode === 'issue' && (
        <div className="scan-pick-choose">
          <span>{t('scan.pickList.choose')}</span>
          <Select
            data-testid="scan-pick-list-select"
            className="scan-pick-select"
            allowClear
            placeholder={t('scan.pickList.none')}
            value={pickListId}
            onChange={(id?: string) => choosePickList(id)}
            loading={openPickLists.isLoading}
            showSearch
            filterOption={pickListMatches}
            options={[
              ...(pickListId && !openPickLists.data?.some((l) => l.id === pickListId)
                ? [{ value: pickListId, label: pickListId.slice(0, 8) }]
                : []),
              ...(openPickLists.data ?? []).map((l) => {
                const label = t('scan.pickList.option', {
                  orders: pickListOrders(l),
                  date: new Date(l.createdAt).toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN'),
                  run: l.splitRunId.slice(0, 8),
                  picked: l.linesPicked,
                  lines: l.lines,
                });
                // searched by its order numbers, run id and date as shown
                return { value: l.id, label, search: `${label} ${l.id}` };
              }),
            ]}
          />
        </div>
      )}
      {memoryOnly && (
        <Alert
          className="scan-alert"
          type="warning"
          showIcon
          data-testid="scan-memory-only"
          title={t('scan.storage.memoryOnly')}
          description={t('scan.storage.memoryOnlyDetail')}
        />
      )}
      {locations.error && !locations.data && <ProblemAlert error={locations.error} />}
      {mode === 'count' && !countId && (
        <Alert
          className="scan-alert"
          type="warning"
          showIcon
          title={t('scan.count.none')}
          description={<Link to="/warehouse/counts">{t('scan.count.openCounts')}</Link>}
        />
      )}
      {count.error && <ProblemAlert error={count.error} />}
      {pickList.error && <ProblemAlert error={pickList.error} />}

      <div className="scan-grid">
        <div className="scan-main">
          <div className="scan-context" data-step={step}>
            <div className="scan-step">{t(STEP_LABEL[step], { item: state.lotFor?.item ?? '' })}</div>
            <div className="scan-facts">
              <Fact
                label={t(mode === 'receipt' ? 'scan.fact.to' : 'scan.fact.location')}
                hidden={mode !== 'receipt' && mode !== 'count'}
                value={(state.location ?? state.fixedLocation)?.code}
                name={(state.location ?? state.fixedLocation)?.name}
                empty={t('scan.fact.none')}
              />
              <Fact
                label={t('scan.fact.from')}
                hidden={mode !== 'issue' && mode !== 'transfer'}
                value={state.from?.code}
                name={state.from?.name}
                empty={t('scan.fact.none')}
              />
              <Fact
                label={t('scan.fact.transferTo')}
                hidden={mode !== 'transfer'}
                value={state.to?.code}
                name={state.to?.name}
                empty={t('scan.fact.none')}
              />
              <Fact
                label={t('scan.fact.quantity')}
                value={formatNumber(state.lotFor?.quantity ?? state.quantity ?? 1, language)}
                empty=""
              />
              <Fact
                label={t('scan.fact.lot')}
                hidden={!state.lot && !state.lotFor}
                value={state.lot?.lot}
                name={state.lot?.item}
                empty={t('scan.fact.none')}
              />
            </div>
          </div>

          <input
            ref={input}
            id="scan-input"
            className="scan-input"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            aria-label={t('scan.input')}
            placeholder={t('scan.placeholder')}
            onKeyDown={onKeyDown}
          />

          <div
            className={`scan-feedback scan-feedback-${feedback.tone}`}
            data-testid="scan-feedback"
            data-tone={feedback.tone}
            data-seq={feedbackSeq}
            role="status"
            aria-live="assertive"
          >
            <FeedbackText feedback={feedback} describe={describe} where={where} say={say} />
          </div>

          {overIssue && (
            <div className="scan-over-issue" data-testid="scan-over-issue">
              <div className="scan-over-issue-title">
                {t(overIssue.remaining > 0 ? 'scan.overIssue.title' : 'scan.overIssue.titlePicked', {
                  item: overIssue.intent.item,
                  remaining: formatNumber(overIssue.remaining, language),
                  requested: formatNumber(overIssue.intent.quantity, language),
                  unit: overIssue.unit ? t(`warehouse.unit.${overIssue.unit}` as MessageKey) : '',
                })}
              </div>
              <div className="scan-over-issue-form">
                <Input
                  id="over-issue-reason"
                  size="large"
                  maxLength={200}
                  value={reason}
                  placeholder={t('scan.overIssue.placeholder')}
                  aria-label={t('scan.overIssue.reason')}
                  onChange={(e) => setReason(e.target.value)}
                  onPressEnter={overIssueNow}
                />
                <Button
                  type="primary"
                  size="large"
                  danger
                  disabled={[...reason.trim()].length < 2}
                  onClick={overIssueNow}
                >
                  {t('scan.overIssue.submit')}
                </Button>
                <Button size="large" onClick={() => setOverIssue(undefined)}>
                  {t('scan.overIssue.cancel')}
                </Button>
              </div>
              <div className="scan-sub">{t('scan.overIssue.hint')}</div>
            </div>
          )}

          <p className="scan-help">{t('scan.help')}</p>
        </div>

        {pickList.data && (
          <aside className="scan-side" data-testid="scan-pick-list">
            <h3>{t('scan.pickList.title', { count: pickList.data.lines.filter((l) => l.remaining > 0).length })}</h3>
            <table className="scan-table">
              <thead>
                <tr>
                  <th>{t('scan.pickList.item')}</th>
                  <th>{t('scan.pickList.location')}</th>
                  <th className="num">{t('scan.pickList.remaining')}</th>
                  <th>{t('scan.pickList.unit')}</th>
                </tr>
              </thead>
              <tbody>
                {pickList.data.lines.map((line) => (
                  <tr key={line.seq} className={line.remaining > 0 ? '' : 'scan-done'}>
                    <td>
                      <strong>{line.item}</strong>
                      <div className="scan-sub">
                        {line.itemName}
                        {line.lot ? ` · ${line.lot}` : ''}
                      </div>
                    </td>
                    <td>{line.location ?? t('scan.pickList.anywhere')}</td>
                    <td className="num">
                      {formatNumber(line.remaining, language)} / {formatNumber(line.quantity, language)}
                      {line.overPicked > 0 && (
                        <div className="scan-over" data-testid="scan-line-over">
                          {t('scan.pickList.over', { quantity: formatNumber(line.overPicked, language) })}
                        </div>
                      )}
                    </td>
                    <td>{t(`warehouse.unit.${line.unit}` as MessageKey)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </aside>
        )}
        {countId && count.data && (
          <aside className="scan-side" data-testid="scan-count">
            <h3>{t('scan.count.title')}</h3>
            <p>
              {t(count.data.location ? 'scan.count.ofLocation' : 'scan.count.ofItem', {
                location: count.data.location ?? '',
                item: count.data.item ?? '',
              })}
            </p>
            <p className="scan-sub">{t('scan.count.blind')}</p>
          </aside>
        )}
      </div>

      {refusedScans.length > 0 && (
        <section className="scan-refused" data-testid="scan-refused" data-count={refusedScans.length}>
          <div className="scan-refused-head">
            <h3>{t('scan.refused.title', { count: refusedScans.length })}</h3>
            <Button onClick={() => dismiss(refusedScans.map((s) => s.scanId))}>{t('scan.refused.dismissAll')}</Button>
          </div>
          <p className="scan-sub">{t('scan.refused.hint')}</p>
          <ol className="scan-last">
            {refusedScans.map((s) => (
              <li key={s.scanId} className="scan-last-row scan-last-refused" data-scan-id={s.scanId}>
                <span className="scan-last-state">{t('scan.outcome.refused')}</span>
                <span className="scan-last-mode">{t(MODE_LABEL[s.summary.mode])}</span>
                <span className="scan-last-what">
                  {`${s.summary.item} × ${formatNumber(s.summary.quantity, language)}`}
                  {s.summary.lot ? ` · ${s.summary.lot}` : ''}
                </span>
                <span className="scan-last-where">{where(s.summary)}</span>
                <span className="scan-last-why" data-testid="scan-refused-reason">
                  {say(problemText(s.refused?.problem))}
                </span>
                <Button size="small" onClick={() => dismiss([s.scanId])}>
                  {t('scan.refused.dismiss')}
                </Button>
              </li>
            ))}
          </ol>
        </section>
      )}

      <h3 className="scan-last-title">{t('scan.last.title')}</h3>
      {entries.length === 0 ? (
        <p className="scan-sub">{t('scan.last.empty')}</p>
      ) : (
        <ol className="scan-last" data-testid="scan-last">
          {entries.map((e) => (
            <li
              key={e.scanId}
              className={`scan-last-row scan-last-${e.outcome.kind}`}
              data-scan-id={e.scanId}
              data-outcome={e.outcome.kind}
            >
              <span className="scan-last-state">{t(`scan.outcome.${e.outcome.kind}`)}</span>
              <span className="scan-last-mode">{t(MODE_LABEL[e.summary.mode])}</span>
              <span className="scan-last-what">
                {describe(e)}
                {e.summary.lot ? ` · ${e.summary.lot}` : ''}
              </span>
              <span className="scan-last-where">{where(e.summary)}</span>
              <span className="scan-last-why">{outcomeText(e.outcome, say, t)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function Fact({
  label,
  value,
  name,
  empty,
  hidden,
}: {
  label: string;
  value?: string;
  name?: string;
  empty: string;
  hidden?: boolean;
}) {
  if (hidden) return null;
  return (
    <div className="scan-fact">
      <div className="scan-fact-label">{label}</div>
      <div className={value ? 'scan-fact-value' : 'scan-fact-value scan-fact-empty'}>{value ?? empty}</div>
      {name && <div className="scan-sub">{name}</div>}
    </div>
  );
}

function describeWhere(s: ScanSummary): string {
  if (s.mode === 'count') return s.location ? `@ ${s.location}` : '';
  return [s.from, s.to].every(Boolean) ? `${s.from} → ${s.to}` : s.to ? `→ ${s.to}` : s.from ? `${s.from} →` : '';
}

type T = ReturnType<typeof useTranslation>['t'];

function outcomeText(outcome: Outcome, say: (text: ProblemText) => string, t: T): string {
  switch (outcome.kind) {
    case 'sending':
    case 'queued':
      return '';
    case 'refused':
      return say(problemText(outcome.problem));
    case 'ok':
      return resultText(outcome.answer, t);
  }
}

/** What a good scan did: the balance after it (a move), or the total counted so far (a count scan). */
function resultText(answer: unknown, t: T): string {
  const language = currentLanguage();
  const replayed = (answer as { replayed?: boolean }).replayed ? ` ${t('scan.result.replayed')}` : '';
  if ('counted' in (answer as object)) {
    const counted = (answer as CountScanAnswer).counted;
    return (
      t('scan.result.counted', { quantity: formatNumber(counted.quantity, language), location: counted.location }) +
      replayed
    );
  }
  const balances = (answer as MoveAnswer).balances ?? [];
  return (
    balances
      .map((b) =>
        t('scan.result.balance', {
          location: b.location,
          quantity: formatNumber(b.quantity, language),
          lot: b.lot ? ` (${b.lot})` : '',
        }),
      )
      .join(' · ') + replayed
  );
}

function FeedbackText({
  feedback,
  describe,
  where,
  say,
}: {
  feedback: Feedback;
  describe: (e: Entry) => string;
  where: (s: ScanSummary) => string;
  say: (text: ProblemText) => string;
}) {
  const { t } = useTranslation();
  switch (feedback.tone) {
    case 'idle':
      return <div className="scan-feedback-title">{t('scan.feedback.ready')}</div>;
    case 'ok':
      return (
        <>
          <div className="scan-feedback-title">
            ✔ {t(`scan.done.${feedback.entry.summary.mode}`)} {describe(feedback.entry)} {where(feedback.entry.summary)}
          </div>
          <div className="scan-feedback-detail">
            {resultText((feedback.entry.outcome as { answer: unknown }).answer, t)}
          </div>
        </>
      );
    case 'error':
      return (
        <>
          <div className="scan-feedback-title">
            ✖ {feedback.resend ? t('scan.feedback.refusedOnResend') : t('scan.feedback.refused')}
            {feedback.entry ? ` ${describe(feedback.entry)} ${where(feedback.entry.summary)}` : ''}
          </div>
          <div className="scan-feedback-detail" data-testid="scan-reason">
            {say(feedback.text)}
          </div>
        </>
      );
    case 'warn':
    case 'info':
      return <div className="scan-feedback-title">{t(feedback.key, feedback.values)}</div>;
  }
}
