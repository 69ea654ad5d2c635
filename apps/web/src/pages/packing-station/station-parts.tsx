import { Alert } from 'antd';
import { type KeyboardEvent, type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localMessage } from '../../api/localized-message';
import { currentLanguage } from '../../i18n/i18n';
import { beep, unlockAudio } from '../scan/beep';
import { IdbScanStore } from '../scan/idb-scan-store';
import { useKeptFocus } from '../scan/kept-focus';
import { useOutboxRetry } from '../scan/outbox-retry';
import { FallbackScanStore, ScanQueue, type SendResult, type SubmitOutcome } from '../scan/scan-queue';
import { PACKING_DB, type PackingQueued, type PackingRequest, sendPacking } from './packing-api';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import type { ScanFeedback } from './scan-feedback';
import './packing-station.css';

/** A field the user types into: its keys are its own. */
function field(element: Element | null): boolean {
  if (!element || element === document.body) return false;
  if (element.closest('.ant-select-dropdown')) return true;
  return element.matches('textarea, select, [contenteditable="true"], input:not([type=button])');
}

/** Elements that keep the focus away from the scan input: fields, and anything in a dialog or a drop-down. */
function keepsFocus(element: Element | null): boolean {
  return field(element) || (element?.closest('.ant-modal, .ant-drawer, .ant-dropdown') ?? null) !== null;
}

/**
 * The scan input of a packing or loading station: it keeps the focus (after a click elsewhere, a closed dialog, a
 * return to the window) and a key typed elsewhere goes to it, so a keyboard-wedge scanner never types into nothing.
 */
export function useScanInput(onScan: (code: string) => void): {
  input: RefObject<HTMLInputElement | null>;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
} {
  const input = useRef<HTMLInputElement>(null);
  useKeptFocus(input, field, keepsFocus);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      unlockAudio();
      if (event.key !== 'Enter') return;
      event.preventDefault();
      const code = event.currentTarget.value.trim();
      event.currentTarget.value = '';
      if (code !== '') onScan(code);
    },
    [onScan],
  );
  return { input, onKeyDown };
}

/**
 * The feedback band's state: the last scan's feedback and a count that changes with each one (the same feedback
 * twice still flashes). `say` shows a scan's feedback and plays its sound; `clear` empties the band, silently.
 */
export function useFeedback(): {
  feedback: ScanFeedback | null;
  seq: number;
  say: (next: ScanFeedback) => void;
  clear: () => void;
} {
  const [feedback, setFeedback] = useState<ScanFeedback | null>(null);
  const [seq, setSeq] = useState(0);
  const say = useCallback((next: ScanFeedback) => {
    setFeedback(next);
    setSeq((n) => n + 1);
    beep(next.sound);
  }, []);
  const clear = useCallback(() => setFeedback(null), []);
  return { feedback, seq, say, clear };
}

/**
 * The outbox of the packing and loading stations (the scan station's queue, in its own IndexedDB): a scan made
 * offline waits and is sent, in order, once the network is back; its scanId makes a resend a replay.
 * `settled` hears the answers of scans sent from the outbox (nobody was waiting on them).
 */
export function usePackingOutbox(
  owner: string,
  settled: (entry: PackingQueued, result: Exclude<SendResult, { kind: 'unreachable' }>) => void,
): {
  submit: (request: PackingRequest) => Promise<SubmitOutcome | null>;
  waiting: number;
  online: boolean;
  memoryOnly: boolean;
} {
  const [waiting, setWaiting] = useState(0);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [memoryOnly, setMemoryOnly] = useState(false);
  const queue = useMemo(
    () =>
      new ScanQueue<PackingQueued>(
        new FallbackScanStore<PackingQueued>(new IdbScanStore<PackingQueued>(PACKING_DB), () => setMemoryOnly(true)),
        sendPacking,
        owner,
        {
          waiting: setWaiting,
          settled: (entry, result) => {
            setOnline(true);
            settled(entry, result);
          },
        },
      ),
    [owner, settled],
  );
  // what waited from before a reload is sent; what was refused meanwhile is said once and let go
  useEffect(() => {
    let live = true;
    void queue.waiting().then((entries) => {
      if (!live) return;
      setWaiting(entries.length);
      if (entries.length > 0) void queue.flush();
    });
    void queue.refused().then((entries) => {
      if (!live || entries.length === 0) return;
      for (const e of entries)
        if (e.refused) settled(e, { kind: 'refused', status: e.refused.status, problem: e.refused.problem });
      void queue.dismiss(entries.map((e) => e.scanId));
    });
    return () => {
      live = false;
    };
  }, [queue, settled]);
  useOutboxRetry(queue, waiting, setOnline);
  const submit = useCallback(
    async (request: PackingRequest): Promise<SubmitOutcome | null> => {
      // null: the browser refused to keep it (storage full or blocked): neither sent nor saved
      const outcome = await queue.submit(request).catch(() => null);
      if (outcome && outcome.kind !== 'queued') setOnline(true);
      return outcome;
    },
    [queue],
  );
  return { submit, waiting, online, memoryOnly };
}

/** The full-width band that says how the last scan went. */
export function FeedbackBand({ feedback, seq, idle }: { feedback: ScanFeedback | null; seq: number; idle: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const tone = feedback?.tone ?? 'idle';
  const title = feedback
    ? 'key' in feedback.title
      ? t(feedback.title.key, feedback.title.values)
      : localMessage(feedback.title.text, language, t)
    : idle;
  return (
    <div
      className={`pack-feedback pack-feedback-${tone}`}
      data-testid="pack-feedback"
      data-tone={tone}
      data-result={feedback?.result ?? ''}
      data-seq={seq}
      role="status"
      aria-live="assertive"
    >
      <div className="pack-feedback-title">{title}</div>
      {feedback?.details.map((d) => (
        <div key={d.key} className="pack-feedback-detail">
          {t(d.key, {
            ...d.values,
            ...Object.fromEntries(Object.entries(d.terms ?? {}).map(([k, key]) => [k, t(key)])),
          })}
        </div>
      ))}
    </div>
  );
}

/** The scan input of a station, where the scanner types: `inputRef` and `onKeyDown` are useScanInput's. */
export function ScanInput({
  inputRef,
  onKeyDown,
  id,
  label,
  placeholder,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  id: string;
  label: string;
  placeholder: string;
}) {
  return (
    <input
      ref={inputRef}
      id={id}
      className="pack-input"
      autoFocus
      autoComplete="off"
      spellCheck={false}
      aria-label={label}
      placeholder={placeholder}
      onKeyDown={onKeyDown}
    />
  );
}

type OutboxStateProps = { online: boolean; waiting: number; memoryOnly: boolean };

/** A station's top: its title, and its network and outbox state. */
export function StationTop({ entry, ...outbox }: PageProps & OutboxStateProps) {
  return (
    <div className="pack-top">
      <PageTitle entry={entry} />
      <OutboxState {...outbox} />
    </div>
  );
}

/** The station's network and outbox state: offline, scans waiting, scans kept in memory only. */
function OutboxState({ online, waiting, memoryOnly }: OutboxStateProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="pack-status">
        {!online && <span className="pack-offline">{t('packingStation.offline')}</span>}
        <span
          className={waiting > 0 ? 'pack-waiting pack-waiting-some' : 'pack-waiting'}
          data-testid="pack-waiting"
          data-count={waiting}
        >
          {t('packingStation.waiting', { count: waiting })}
        </span>
      </div>
      {memoryOnly && <Alert type="warning" showIcon title={t('packingStation.memoryOnly')} />}
    </>
  );
}
