import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Input, Modal, Progress, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localMessage } from '../../api/localized-message';
import { useAuth } from '../../auth/auth';
import type { MessageKey } from '../../i18n/catalogues';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { beep, unlockAudio } from '../scan/beep';
import { IdbScanStore } from '../scan/idb-scan-store';
import { useOutboxRetry } from '../scan/outbox-retry';
import { FallbackScanStore, ScanQueue } from '../scan/scan-queue';
import { findWorkOrder, loadScrapReasons, type ReportAnswer, type WorkOrderView } from '../work-orders/production-api';
import { STATUS_COLOR, STATUS_LABEL } from '../work-orders/work-order-labels';
import { machineName, useMachines, useReasons } from '../machines/equipment-api';
import { loadMachine, loadProcesses, sendStation, STATION_DB, storedStation, storeStation } from './station-api';
import {
  countRequest,
  type MachineState,
  padInput,
  remaining,
  reportRequest,
  type Station,
  stateRequest,
  stationProblem,
  type StationQueued,
  type StationRequest,
  type StationSummary,
} from './station-logic';
import { MachinePanel, STATE_LABEL } from './machine-panel';
import './station.css';

const LAST_ACTIONS = 20;

type Outcome = 'sending' | 'queued' | 'ok' | 'refused';

interface LastAction {
  id: string;
  at: number;
  summary: StationSummary;
  outcome: Outcome;
}

/**
 * What the station says: a sentence, or the refusals of entries sent from the outbox (worded when shown, so that the
 * queue, made once per user, does not depend on the words loaded later).
 */
type Feedback =
  | { tone: 'idle' | 'ok' | 'error' | 'warn' | 'info'; text: string }
  | { tone: 'error'; refused: { summary: StationSummary; problem: unknown }[] };

/** What was scanned: its barcode and, once the api showed it, its work order. */
interface Scanned {
  barcode: string;
  workOrder?: WorkOrderView;
  /** the api knows no work order by this code: a door label, reported with the station's process */
  doorLabel?: boolean;
}

/** The editable elements that may keep the focus away from the scan input. */
function editable(element: Element | null): boolean {
  if (!element || element === document.body) return false;
  if (element.closest('.ant-select-dropdown')) return true;
  return element.matches('textarea, select, [contenteditable="true"], input:not([type=button])');
}

/**
 * The production station tablet (工位报工): an operator at a process (and its machine) scans a work order or a
 * door label and reports start, good, scrap and finish, and taps the machine's state. Everything goes through an
 * outbox (the scan station's queue, its own IndexedDB): made offline, it is sent in order once the network is
 * back, and its scanId / eventId makes a resend a replay, never a second report.
 */
export default function StationPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { session } = useAuth();
  const factoryId = session?.user.factory.id ?? '';
  const owner = session?.user.id ?? '';
  const scope = useMemo(() => ({ factory: factoryId, user: owner }), [factoryId, owner]);

  const [station, setStation] = useState<Station | undefined>(() => storedStation(scope));
  const [choosing, setChoosing] = useState(station === undefined);
  const [draft, setDraft] = useState<Partial<Station>>(station ?? {});
  const [scanned, setScanned] = useState<Scanned>();
  const [code, setCode] = useState('');
  // what the scanner typed so far: keys arrive faster than React renders them
  const codeRef = useRef('');
  const typeCode = useCallback((value: string) => {
    codeRef.current = value;
    setCode(value);
  }, []);
  const [pad, setPad] = useState('');
  const [scrapOpen, setScrapOpen] = useState(false);
  // 完工 with pieces not reported: the reason for the shortfall, asked before it is sent
  const [shortOpen, setShortOpen] = useState(false);
  const [shortReason, setShortReason] = useState('');
  const [tapped, setTapped] = useState<{ state: MachineState; reason: string | null; since: string }>();
  const [feedback, setFeedback] = useState<Feedback>({ tone: 'idle', text: '' });
  const [feedbackSeq, setFeedbackSeq] = useState(0);
  const [waiting, setWaiting] = useState(0);
  const [last, setLast] = useState<LastAction[]>([]);
  const [memoryOnly, setMemoryOnly] = useState(false);
  const [online, setOnline] = useState(() => navigator.onLine);
  // a report on its way: the action buttons wait for it (the ref, because a double tap fires before React renders)
  const sendingRef = useRef(false);
  const [sending, setSending] = useState(false);
  const [waitingOpen, setWaitingOpen] = useState(false);
  const [outboxSent, setOutboxSent] = useState(0);
  // the barcode on screen, for refreshing its work order when the outbox has sent what waited
  const scannedCodeRef = useRef<string | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);

  const processes = useQuery({ queryKey: ['station', 'processes'], queryFn: ({ signal }) => loadProcesses(signal) });
  const machines = useMachines();
  const reasons = useReasons();
  const scrapReasons = useQuery({
    queryKey: ['station', 'scrap-reasons'],
    queryFn: ({ signal }) => loadScrapReasons(signal),
    staleTime: 300_000,
  });
  const machineCode = station?.machine;
  const machine = useQuery({
    queryKey: ['station', 'machine', machineCode],
    queryFn: ({ signal }) => loadMachine(machineCode ?? '', signal),
    enabled: machineCode !== undefined,
    refetchInterval: 30_000,
  });

  const say = useCallback((next: Feedback) => {
    setFeedback(next);
    setFeedbackSeq((n) => n + 1);
  }, []);
  const show = useCallback((tone: Feedback['tone'], text: string) => say({ tone, text }), [say]);

  /** The work order on screen as the api has it now (after the outbox sent, or a refusal): never stale numbers. */
  const refreshOrder = useCallback(async (): Promise<WorkOrderView | undefined> => {
    const barcode = scannedCodeRef.current;
    if (barcode === undefined) return undefined;
    try {
      const found = await findWorkOrder(barcode);
      setOnline(true);
      if (!found || scannedCodeRef.current !== barcode) return undefined;
      setScanned((s) => (s && s.barcode === barcode ? { ...s, workOrder: found } : s));
      return found;
    } catch {
      return undefined;
    }
  }, []);
  useEffect(() => {
    scannedCodeRef.current = scanned?.workOrder ? scanned.barcode : undefined;
  }, [scanned]);

  const processName = useCallback(
    (process: string) => {
      const found = processes.data?.find((p) => p.code === process);
      return found ? (language === 'en' ? found.nameEn : found.nameZh) : process;
    },
    [processes.data, language],
  );
  const reasonName = useCallback(
    (reason: string | null | undefined) => {
      if (!reason) return '';
      const found = reasons.data?.find((r) => r.code === reason);
      if (reason === 'off') return t('station.state.off');
      return found ? (language === 'en' ? found.nameEn : found.nameZh) : reason;
    },
    [reasons.data, language, t],
  );

  /** A refusal in the operator's language. */
  const refusal = useCallback(
    (problem: unknown): string => {
      const said = stationProblem(problem);
      if ('key' in said) {
        const values = { ...said.values };
        if (said.key === 'station.problem.availableAt' && typeof values.at === 'string')
          values.at = formatDateTime(values.at, language);
        return t(said.key, values);
      }
      const words = [said.detail, ...said.fields].filter((w) => w !== '').map((w) => localMessage(w, language, t));
      return words.join(' · ');
    },
    [language, t],
  );

  /** What an entry says in the last-actions list. */
  const describe = useCallback(
    (summary: StationSummary): string => {
      switch (summary.kind) {
        case 'report':
          return t(`station.summary.${summary.action}`, {
            barcode: summary.barcode,
            good: summary.good ?? 0,
            scrap: summary.scrap ?? 0,
          });
        case 'state':
          return t('station.summary.state', {
            machine: summary.machine,
            state: t(STATE_LABEL[summary.state]),
            reason: summary.reason ? reasonName(summary.reason) : '',
          }).trim();
        case 'count':
          return t('station.summary.count', { machine: summary.machine, good: summary.good, scrap: summary.scrap });
      }
    },
    [t, reasonName],
  );

  const settle = useCallback((id: string, outcome: Outcome) => {
    setLast((list) => list.map((e) => (e.id === id ? { ...e, outcome } : e)));
  }, []);

  const queue = useMemo(
    () =>
      new ScanQueue<StationQueued>(
        new FallbackScanStore<StationQueued>(new IdbScanStore<StationQueued>(STATION_DB), () => setMemoryOnly(true)),
        sendStation,
        owner,
        {
          waiting: setWaiting,
          settled: (sent, result) => {
            settle(sent.scanId, result.kind === 'ok' ? 'ok' : 'refused');
            // the api answered: the network is back, and the work order's numbers changed
            setOnline(true);
            if (sent.target.kind === 'report') setOutboxSent((n) => n + 1);
            if (result.kind === 'refused') {
              beep('error');
              say({ tone: 'error', refused: [{ summary: sent.summary, problem: result.problem }] });
            }
          },
        },
      ),
    [owner, settle, say],
  );
  // a waiting report was answered: the work order on screen is read again
  useEffect(() => {
    if (outboxSent === 0) return;
    // a burst of answers (the outbox drained) reads it once
    const timer = window.setTimeout(() => void refreshOrder(), 200);
    return () => window.clearTimeout(timer);
  }, [outboxSent, refreshOrder]);

  // what waited from before a reload is listed and sent; what was refused meanwhile is said once and let go
  useEffect(() => {
    let live = true;
    void queue.waiting().then((entries) => {
      if (!live) return;
      setWaiting(entries.length);
      setLast((list) => [
        ...entries
          .filter((e) => !list.some((l) => l.id === e.scanId))
          .map((e) => ({ id: e.scanId, at: e.seq, summary: e.summary, outcome: 'queued' as const }))
          .reverse(),
        ...list,
      ]);
      if (entries.length > 0) void queue.flush();
    });
    void queue.refused().then((entries) => {
      if (!live || entries.length === 0) return;
      say({ tone: 'error', refused: entries.map((e) => ({ summary: e.summary, problem: e.refused?.problem })) });
      void queue.dismiss(entries.map((e) => e.scanId));
    });
    return () => {
      live = false;
    };
  }, [queue, say]);

  useOutboxRetry(queue, waiting, setOnline);

  /** Sends (or queues) one request, and says how it went; resolves to the api's answer when it was accepted. */
  const submit = useCallback(
    async (request: StationRequest): Promise<unknown> => {
      unlockAudio();
      const at = Date.now();
      setLast((list) =>
        [{ id: request.scanId, at, summary: request.summary, outcome: 'sending' as const }, ...list].slice(
          0,
          LAST_ACTIONS,
        ),
      );
      // null: the browser refused to keep it (storage full or blocked), neither sent nor saved, and it says so
      const outcome = await queue.submit(request, at).catch(() => null);
      if (outcome === null) {
        settle(request.scanId, 'refused');
        beep('error');
        show('error', t('station.feedback.notSaved'));
        return undefined;
      }
      if (outcome.kind === 'ok') {
        settle(request.scanId, 'ok');
        beep('ok');
        return outcome.answer;
      }
      if (outcome.kind === 'queued') {
        settle(request.scanId, 'queued');
        beep('prompt');
        show('warn', t('station.feedback.queued', { what: describe(request.summary) }));
        return undefined;
      }
      settle(request.scanId, 'refused');
      beep('error');
      show('error', refusal(outcome.problem));
      return undefined;
    },
    [queue, settle, show, t, describe, refusal],
  );

  const lookUp = useCallback(
    async (raw: string) => {
      const barcode = raw.trim();
      if (barcode === '') return;
      typeCode('');
      unlockAudio();
      try {
        const found = await findWorkOrder(barcode);
        if (!found) {
          setScanned({ barcode, doorLabel: true });
          beep('prompt');
          show('info', t('station.feedback.doorLabel', { barcode }));
          return;
        }
        setScanned({ barcode: found.code, workOrder: found });
        if (station && found.process !== station.process) {
          beep('error');
          show('warn', t('station.feedback.otherProcess', { code: found.code, process: processName(found.process) }));
        } else {
          beep('prompt');
          show('info', t('station.feedback.scanned', { code: found.code }));
        }
      } catch {
        // offline (or the api down): the code is kept, and what is reported on it waits in the outbox
        setScanned({ barcode });
        beep('prompt');
        show('warn', t('station.feedback.offlineScan', { barcode }));
      }
    },
    [station, processName, show, t, typeCode],
  );

  /**
   * A keyboard-wedge scanner types wherever the focus is (a button just tapped, a dialog closing): keys typed
   * outside a field are the scan input's, taken here key by key so that none is lost while the focus moves.
   */
  const lookUpRef = useRef(lookUp);
  useEffect(() => {
    lookUpRef.current = lookUp;
  }, [lookUp]);
  useEffect(() => {
    const typedElsewhere = (event: globalThis.KeyboardEvent) => {
      if (event.target === input.current || editable(event.target as Element)) return;
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        typeCode(codeRef.current + event.key);
        input.current?.focus();
      } else if (event.key === 'Enter' && codeRef.current !== '') {
        event.preventDefault();
        void lookUpRef.current(codeRef.current);
      }
    };
    document.addEventListener('keydown', typedElsewhere, true);
    return () => document.removeEventListener('keydown', typedElsewhere, true);
  }, [typeCode]);

  const sendReport = useCallback(
    async (
      action: 'start' | 'report' | 'finish',
      quantities: { good?: number; scrap?: number; reason?: string; short?: string },
    ) => {
      if (!scanned || !station) return;
      const request = reportRequest(
        {
          barcode: scanned.barcode,
          action,
          good: quantities.good,
          scrap: quantities.scrap,
          scrapReason: quantities.reason,
          shortReason: quantities.short,
        },
        station,
      );
      const answer = (await submit(request)) as ReportAnswer | undefined;
      if (answer?.workOrder) {
        const order = answer.workOrder;
        setScanned((s) => (s ? { ...s, workOrder: order } : s));
        const left = remaining(order);
        const said = answer.replayed ? 'station.feedback.replayed' : `station.feedback.${action}`;
        show(
          'ok',
          t(said as MessageKey, {
            code: order.code,
            good: quantities.good ?? 0,
            scrap: quantities.scrap ?? 0,
            remaining: formatNumber(left, language),
          }),
        );
      } else if (scanned.workOrder) {
        // refused or queued: the numbers on screen are the api's, not what the tablet hoped
        void refreshOrder();
      }
    },
    [scanned, station, submit, show, t, language, refreshOrder],
  );

  const report = useCallback(
    async (
      action: 'start' | 'report' | 'finish',
      quantities: { good?: number; scrap?: number; reason?: string; short?: string },
    ) => {
      if (!scanned || !station || sendingRef.current) return;
      sendingRef.current = true;
      setSending(true);
      try {
        await sendReport(action, quantities);
      } finally {
        sendingRef.current = false;
        setSending(false);
      }
      setPad('');
      input.current?.focus();
    },
    [scanned, station, sendReport],
  );

  const padNumber = pad === '' ? 0 : Number(pad);

  /** 完工: what is left is asked of the api first, so the shortfall prompt never uses a stale remainder. */
  const finish = useCallback(async () => {
    if (sendingRef.current) return;
    sendingRef.current = true;
    setSending(true);
    let fresh: WorkOrderView | undefined;
    try {
      fresh = scanned?.workOrder ? ((await refreshOrder()) ?? scanned.workOrder) : undefined;
    } finally {
      sendingRef.current = false;
      setSending(false);
    }
    if (fresh && remaining(fresh) > 0) {
      setShortReason('');
      setShortOpen(true);
    } else await report('finish', {});
  }, [scanned, refreshOrder, report]);

  const tap = useCallback(
    async (state: MachineState, reason?: string) => {
      if (!machineCode) return;
      const now = new Date();
      const answer = await submit(stateRequest(machineCode, state, reason, now));
      // the tap is the machine's state from now, sent or queued: the panel shows it at once
      setTapped({ state, reason: reason ?? null, since: now.toISOString() });
      if (answer !== undefined)
        show(
          'ok',
          t('station.feedback.state', {
            machine: machineCode,
            state: t(STATE_LABEL[state]),
            reason: reason ? reasonName(reason) : '',
          }).trim(),
        );
    },
    [machineCode, submit, show, t, reasonName],
  );

  const postCounts = useCallback(
    async (good: number, scrap: number) => {
      if (!machineCode || good + scrap === 0) return;
      const answer = await submit(countRequest(machineCode, good, scrap, new Date()));
      if (answer !== undefined) show('ok', t('station.feedback.counts', { machine: machineCode, good, scrap }));
    },
    [machineCode, submit, show, t],
  );

  const chooseStation = () => {
    if (!draft.process) return;
    const next: Station = { process: draft.process, ...(draft.machine ? { machine: draft.machine } : {}) };
    setStation(next);
    storeStation(scope, next);
    setTapped(undefined);
    setChoosing(false);
    window.requestAnimationFrame(() => input.current?.focus());
  };

  const shownState = tapped ?? machine.data?.state ?? undefined;
  const order = scanned?.workOrder;
  // a finished work order takes no more reports (the api would refuse them as done)
  const closed = order?.status === 'done';
  // not available yet (an earlier process not done, or its wait not over): the api would refuse a start or a report
  const blocked = order !== undefined && !order.available && order.status !== 'done';
  const locked = !scanned || closed || sending;
  const machinesOfDraft = (machines.data ?? []).filter((m) => m.active && m.process === draft.process);

  return (
    <div className="station">
      <div className="station-head">
        <PageTitle entry={entry} />
        {station && !choosing && (
          <Space wrap className="station-which">
            <Tag className="station-tag" data-testid="station-process">
              {processName(station.process)}
            </Tag>
            {station.machine && (
              <Tag className="station-tag" data-testid="station-machine">
                {station.machine}
              </Tag>
            )}
            <Button size="large" onClick={() => setChoosing(true)}>
              {t('station.change')}
            </Button>
          </Space>
        )}
        <span
          className={`station-net ${online ? '' : 'station-net-off'}`}
          data-testid="station-waiting"
          data-count={waiting}
        >
          {online ? t('station.online') : t('station.offline')}
          {waiting > 0 && ` · ${t('station.waiting', { count: waiting })}`}
        </span>
      </div>
      {memoryOnly && <Alert type="warning" showIcon title={t('station.memoryOnly')} />}

      {(choosing || !station) && (
        <div className="station-setup" data-testid="station-setup">
          <Typography.Title level={4}>{t('station.choose')}</Typography.Title>
          <Space wrap size="large">
            <Select
              id="station-process-choice"
              size="large"
              className="station-select"
              placeholder={t('station.process')}
              aria-label={t('station.process')}
              value={draft.process}
              loading={processes.isPending}
              onChange={(process: string) => setDraft({ process })}
              options={(processes.data ?? []).map((p) => ({
                value: p.code,
                label: language === 'en' ? p.nameEn : p.nameZh,
              }))}
            />
            <Select
              id="station-machine-choice"
              size="large"
              className="station-select"
              placeholder={t('station.noMachine')}
              aria-label={t('station.machine')}
              allowClear
              value={draft.machine}
              disabled={!draft.process}
              onChange={(machineChosen?: string) => setDraft((d) => ({ ...d, machine: machineChosen }))}
              options={machinesOfDraft.map((m) => ({
                value: m.code,
                label: `${m.code} ${machineName(m, language)}`,
              }))}
            />
            <Button type="primary" size="large" disabled={!draft.process} onClick={chooseStation}>
              {t('station.use')}
            </Button>
          </Space>
        </div>
      )}

      {station && !choosing && (
        <div className={station.machine ? 'station-body' : 'station-body station-body-solo'}>
          <section className="station-panel station-work">
            <Input
              id="station-input"
              ref={(el) => {
                input.current = el?.input ?? null;
              }}
              size="large"
              autoFocus
              autoComplete="off"
              className="station-input"
              placeholder={t('station.scanHint')}
              value={code}
              onChange={(e) => typeCode(e.target.value)}
              onPressEnter={() => void lookUp(codeRef.current)}
            />
            {scanned && (
              <div className="station-order" data-testid="station-order">
                <div className="station-order-head">
                  <span className="station-order-code">{order?.code ?? scanned.barcode}</span>
                  {order && (
                    <Tag color={STATUS_COLOR[order.status]} data-testid="station-order-status">
                      {t(STATUS_LABEL[order.status])}
                    </Tag>
                  )}
                  {scanned.doorLabel && <Tag>{t('station.doorLabel')}</Tag>}
                </div>
                {order && (
                  <>
                    <div className="station-order-facts">
                      <span>{processName(order.process)}</span>
                      <span>{order.orders.map((o) => o.orderNo).join(', ')}</span>
                    </div>
                    <div className="station-numbers" data-testid="station-numbers">
                      <span>
                        {t('station.planned')} <b>{formatNumber(order.plannedQuantity, language)}</b>
                      </span>
                      <span>
                        {t('station.good')} <b data-testid="station-good">{formatNumber(order.good, language)}</b>
                      </span>
                      <span>
                        {t('station.scrap')} <b data-testid="station-scrap">{formatNumber(order.scrap, language)}</b>
                      </span>
                      <span>
                        {t('station.remaining')}{' '}
                        <b data-testid="station-remaining">{formatNumber(remaining(order), language)}</b>
                      </span>
                    </div>
                    <Progress
                      percent={Math.round((100 * (order.good + order.scrap)) / Math.max(1, order.plannedQuantity))}
                      showInfo={false}
                    />
                    {blocked && (
                      <Alert
                        className="station-blocked"
                        data-testid="station-blocked"
                        type="warning"
                        showIcon
                        // one line, so that the pad and the buttons stay on a 1024×768 screen; the orders on a tap
                        title={
                          <button
                            type="button"
                            className="station-blocked-line"
                            aria-expanded={waitingOpen}
                            onClick={() => setWaitingOpen((o) => !o)}
                          >
                            <span className="station-blocked-text">
                              {order.availableAt
                                ? t('station.problem.availableAt', { at: formatDateTime(order.availableAt, language) })
                                : t('station.problem.notAvailable')}
                            </span>
                            {order.waitingFor.length > 0 && (
                              <span className="station-blocked-more">
                                {waitingOpen ? t('station.lessDetails') : t('station.moreDetails')}
                              </span>
                            )}
                          </button>
                        }
                        description={
                          waitingOpen && order.waitingFor.length > 0
                            ? t('station.waitingFor', {
                                orders: order.waitingFor
                                  .map((w) => `${w.code} ${processName(w.process)}`)
                                  .join(language === 'en' ? ', ' : '、'),
                              })
                            : undefined
                        }
                      />
                    )}
                  </>
                )}
              </div>
            )}
            <div className="station-report">
              <div className="station-pad" data-testid="station-pad">
                <div className="station-pad-value" data-testid="station-quantity">
                  {pad === '' ? '0' : pad}
                </div>
                {['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'back'].map((key) => (
                  <Button
                    key={key}
                    className="station-key"
                    onClick={() => setPad((p) => padInput(p, key))}
                    aria-label={key === 'clear' ? t('station.clear') : key === 'back' ? t('station.back') : key}
                  >
                    {key === 'clear' ? 'C' : key === 'back' ? '⌫' : key}
                  </Button>
                ))}
              </div>
              <div className="station-actions">
                <Button
                  size="large"
                  className="station-action"
                  data-testid="station-start"
                  disabled={locked || blocked}
                  onClick={() => void report('start', {})}
                >
                  {t('station.start')}
                </Button>
                <Button
                  size="large"
                  type="primary"
                  className="station-action"
                  data-testid="station-report"
                  disabled={locked || blocked || padNumber === 0}
                  onClick={() => void report('report', { good: padNumber })}
                >
                  {t('station.reportGood')}
                </Button>
                <Button
                  size="large"
                  danger
                  className="station-action"
                  data-testid="station-scrap-button"
                  disabled={locked || blocked || padNumber === 0}
                  onClick={() => setScrapOpen(true)}
                >
                  {t('station.reportScrap')}
                </Button>
                <Button
                  size="large"
                  className="station-action"
                  data-testid="station-finish"
                  disabled={locked}
                  onClick={() => void finish()}
                >
                  {t('station.finish')}
                </Button>
              </div>
            </div>
          </section>

          {station.machine && (
            <MachinePanel
              state={shownState}
              reasons={reasons.data ?? []}
              reasonsFailed={reasons.isError}
              reasonName={reasonName}
              onTap={tap}
              onCounts={postCounts}
              // back to the scan input, unless the operator has gone to a count field while the dialog closed
              afterDialog={() => {
                if (!editable(document.activeElement)) input.current?.focus();
              }}
            />
          )}
        </div>
      )}

      <div
        className={`station-feedback station-feedback-${feedback.tone}`}
        data-testid="station-feedback"
        data-tone={feedback.tone}
        data-seq={feedbackSeq}
        role="status"
      >
        {'refused' in feedback
          ? feedback.refused.map((r) => `${describe(r.summary)}: ${refusal(r.problem)}`).join('；')
          : feedback.text}
      </div>

      {last.length > 0 && (
        <ul className="station-last" data-testid="station-last">
          {last.map((l) => (
            <li key={l.id} data-outcome={l.outcome}>
              <span>{formatDateTime(new Date(l.at).toISOString(), language)}</span>
              <span>{describe(l.summary)}</span>
              <Tag>{t(`station.outcome.${l.outcome}`)}</Tag>
            </li>
          ))}
        </ul>
      )}

      <Modal
        // the scanner types into the scan input next, not into the button that opened the dialog
        focusTriggerAfterClose={false}
        afterClose={() => input.current?.focus()}
        open={scrapOpen}
        title={t('station.scrapReason', { quantity: padNumber })}
        footer={null}
        onCancel={() => setScrapOpen(false)}
        width={720}
      >
        <div className="station-reasons" data-testid="scrap-reasons">
          {(scrapReasons.data ?? []).map((r) => (
            <Button
              key={r.code}
              className="station-reason"
              onClick={() => {
                setScrapOpen(false);
                void report('report', { scrap: padNumber, reason: r.code });
              }}
            >
              {language === 'en' ? r.nameEn : r.nameZh}
            </Button>
          ))}
        </div>
      </Modal>

      <Modal
        // the scanner types into the scan input next, not into the button that opened the dialog
        focusTriggerAfterClose={false}
        afterClose={() => input.current?.focus()}
        open={shortOpen}
        title={t('station.shortTitle', {
          code: order?.code ?? '',
          remaining: order ? formatNumber(remaining(order), language) : '',
        })}
        okText={t('station.finishShort')}
        okButtonProps={{ disabled: shortReason.trim() === '' }}
        onOk={() => {
          setShortOpen(false);
          void report('finish', { short: shortReason.trim() });
        }}
        onCancel={() => setShortOpen(false)}
      >
        <Input.TextArea
          aria-label={t('station.shortReason')}
          placeholder={t('station.shortReason')}
          value={shortReason}
          maxLength={200}
          onChange={(e) => setShortReason(e.target.value)}
        />
      </Modal>
    </div>
  );
}
