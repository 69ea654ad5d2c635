import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Input, Modal, Select, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { localMessage } from '../../api/localized-message';
import { useAuth } from '../../auth/auth';
import { currentLanguage } from '../../i18n/i18n';
import type { PageProps } from '../page-props';
import type { SendResult } from '../scan/scan-queue';
import {
  loadPackingProgress,
  loadStations,
  type PackingProgress,
  type PackingQueued,
  packRequest,
  type PackScanAnswer,
  setStationOrder,
  storedStation,
  storeStation,
} from './packing-api';
import {
  answerFeedback,
  kindLabel,
  notChosenFeedback,
  packFeedback,
  type ScanFeedback,
  unsentFeedback,
} from './scan-feedback';
import { FeedbackBand, ScanInput, StationTop, useFeedback, usePackingOutbox, useScanInput } from './station-parts';

const LAST_SCANS = 15;

interface LastScan {
  scanId: string;
  barcode: string;
  at: number;
  tone: ScanFeedback['tone'] | 'sending' | 'queued';
  result: string;
  /** the refusal's sentence, which tells an unknown package from a misread one */
  why?: string;
}

type OrderRef = { id: string; orderNo: string };

/**
 * The packing station (包装工位): a packer scans each package's label as it goes into its box. The station has one
 * open order (opened by its first good scan, or chosen here); a package of another order, of a door not through the
 * processes before packing, or of an order not released is refused with the reason, a repeat is said as such.
 * The order's doors show their packages k of n and what is still to pack. Scans made offline wait in an outbox.
 */
export default function PackingStationPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { session } = useAuth();
  const queries = useQueryClient();
  const owner = session?.user.id ?? '';
  const scope = useMemo(() => ({ factory: session?.user.factory.id ?? '', user: owner }), [session, owner]);

  const [station, setStation] = useState<string | undefined>(() => storedStation(scope));
  // the station's open order as the last answer (a scan, a switch) gave it; before any, as the station list has it
  const [answered, setAnswered] = useState<{ station: string; order: OrderRef | null }>();
  // the order whose progress is shown when it is not the open one: the one just completed (the station cleared it)
  const [completed, setCompleted] = useState<{ station: string; order: OrderRef }>();
  const { feedback, seq, say } = useFeedback();
  const [last, setLast] = useState<LastScan[]>([]);
  const [switching, setSwitching] = useState(false);
  const [orderDraft, setOrderDraft] = useState('');
  const [switchError, setSwitchError] = useState<string>();

  const stations = useQuery({ queryKey: ['packing', 'stations'], queryFn: ({ signal }) => loadStations(signal) });
  const current = stations.data?.find((s) => s.code === station);
  const openOrder = answered && answered.station === station ? answered.order : (current?.openOrder ?? null);
  const shown = openOrder ?? (completed && completed.station === station ? completed.order : null);

  const progress = useQuery({
    queryKey: ['packing', 'progress', shown?.id],
    queryFn: ({ signal }) => loadPackingProgress(shown?.id ?? '', signal),
    enabled: shown !== null,
  });

  const note = useCallback((scanId: string, tone: LastScan['tone'], result: string, said?: ScanFeedback) => {
    const why = said && 'key' in said.title ? said.title.key : undefined;
    setLast((list) => list.map((s) => (s.scanId === scanId ? { ...s, tone, result, why } : s)));
  }, []);

  /** What a pack scan's answer changes on screen: the open order, the progress shown. */
  const took = useCallback(
    (answer: PackScanAnswer) => {
      if (answer.station) setAnswered({ station: answer.station.code, order: answer.station.openOrder ?? null });
      if (answer.station && answer.result === 'ok' && answer.order?.complete)
        setCompleted({ station: answer.station.code, order: { id: answer.order.id, orderNo: answer.order.orderNo } });
      void queries.invalidateQueries({ queryKey: ['packing', 'progress'] });
    },
    [queries],
  );

  const settled = useCallback(
    (entry: PackingQueued, result: Exclude<SendResult, { kind: 'unreachable' }>) => {
      const said = answerFeedback(result, entry.summary.barcode, packFeedback);
      if (result.kind === 'ok') took(result.answer as PackScanAnswer);
      note(entry.scanId, said.tone, said.result, said);
      // an answer to a scan sent from the outbox is said only when it is not good news: a mistake is never missed
      if (said.tone !== 'ok') say(said);
    },
    [note, say, took],
  );
  const { submit, waiting, online, memoryOnly } = usePackingOutbox(owner, settled);

  const scan = useCallback(
    async (barcode: string) => {
      if (!station) {
        say(notChosenFeedback('no_station', 'packingStation.chooseFirst'));
        return;
      }
      const request = packRequest(station, barcode);
      setLast((list) =>
        [{ scanId: request.scanId, barcode, at: Date.now(), tone: 'sending' as const, result: '' }, ...list].slice(
          0,
          LAST_SCANS,
        ),
      );
      const outcome = await submit(request);
      if (outcome === null || outcome.kind === 'queued') {
        note(request.scanId, 'queued', '');
        say(unsentFeedback(outcome, barcode));
        return;
      }
      const said = answerFeedback(outcome, barcode, packFeedback);
      if (outcome.kind === 'ok') took(outcome.answer as PackScanAnswer);
      note(request.scanId, said.tone, said.result, said);
      say(said);
    },
    [station, submit, note, say, took],
  );
  const { input, onKeyDown } = useScanInput((code) => void scan(code));

  const chooseStation = (code: string) => {
    setStation(code);
    storeStation(scope, code);
    // the scanner types into the scan input next, not into the list just chosen from
    window.requestAnimationFrame(() => input.current?.focus());
    void queries.invalidateQueries({ queryKey: ['packing', 'stations'] });
  };

  /** Opens, switches or clears the station's order explicitly. */
  const putOrder = async (order: string | null) => {
    if (!station) return;
    try {
      const answer = await setStationOrder(station, order);
      setAnswered({ station, order: answer.openOrder ?? null });
      setCompleted(undefined);
      setSwitching(false);
      setOrderDraft('');
      setSwitchError(undefined);
    } catch (error) {
      setSwitchError(
        error instanceof ApiError ? localMessage(error.problem.detail, language, t) : t('packingStation.problem.other'),
      );
    }
  };

  return (
    <div className="pack">
      <StationTop entry={entry} online={online} waiting={waiting} memoryOnly={memoryOnly} />

      <div className="pack-bar">
        <label className="pack-bar-item">
          <span>{t('packingStation.station')}</span>
          <Select
            id="pack-station-choice"
            className="pack-select"
            size="large"
            value={station}
            placeholder={t('packingStation.chooseStation')}
            loading={stations.isLoading}
            options={(stations.data ?? [])
              .filter((s) => s.active)
              .map((s) => ({ value: s.code, label: `${s.code} ${s.name}` }))}
            onChange={chooseStation}
          />
        </label>
        <div className="pack-bar-item" data-testid="pack-open-order">
          <span>{t('packingStation.openOrder')}</span>
          {openOrder ? (
            <Tag color="blue" className="pack-order-tag">
              {openOrder.orderNo}
            </Tag>
          ) : (
            <span className="pack-muted">{t('packingStation.noOpenOrder')}</span>
          )}
          <Button size="large" disabled={!station} onClick={() => setSwitching(true)}>
            {t('packingStation.switchOrder')}
          </Button>
          {openOrder && (
            <Button size="large" onClick={() => void putOrder(null)}>
              {t('packingStation.clearOrder')}
            </Button>
          )}
        </div>
      </div>

      <ScanInput
        inputRef={input}
        onKeyDown={onKeyDown}
        id="pack-input"
        label={t('packingStation.input')}
        placeholder={t(station ? 'packingStation.placeholder' : 'packingStation.chooseFirst')}
      />

      <FeedbackBand feedback={feedback} seq={seq} idle={t('packingStation.ready')} />

      <div className="pack-grid">
        <section className="pack-panel" data-testid="pack-progress">
          {shown && progress.data ? (
            <OrderProgress progress={progress.data} />
          ) : (
            <Typography.Text type="secondary">{t('packingStation.progressEmpty')}</Typography.Text>
          )}
        </section>
        <section className="pack-panel">
          <h3 className="pack-panel-title">{t('packingStation.lastScans')}</h3>
          <ol className="pack-last" data-testid="pack-last">
            {last.map((s) => (
              <li key={s.scanId} className={`pack-last-row pack-last-${s.tone}`}>
                <span className="pack-last-code">{s.barcode}</span>
                <span className="pack-last-result">{t(resultLabel(s))}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>

      <Modal
        focusTriggerAfterClose={false}
        afterClose={() => input.current?.focus()}
        open={switching}
        maskClosable={false}
        title={t('packingStation.switchTitle')}
        okText={t('packingStation.open')}
        okButtonProps={{ disabled: orderDraft.trim() === '', size: 'large' }}
        cancelButtonProps={{ size: 'large' }}
        onOk={() => void putOrder(orderDraft.trim())}
        onCancel={() => {
          setSwitching(false);
          setSwitchError(undefined);
        }}
      >
        <Input
          id="pack-order-input"
          size="large"
          aria-label={t('packingStation.orderNo')}
          placeholder={t('packingStation.orderNo')}
          value={orderDraft}
          status={switchError ? 'error' : undefined}
          onChange={(e) => setOrderDraft(e.target.value)}
          onPressEnter={() => orderDraft.trim() !== '' && void putOrder(orderDraft.trim())}
        />
        {switchError && <div className="pack-field-error">{switchError}</div>}
      </Modal>
    </div>
  );
}

/** The words of a last scan's outcome. */
function resultLabel(scan: LastScan) {
  if (scan.tone === 'sending') return 'packingStation.result.sending' as const;
  if (scan.tone === 'queued') return 'packingStation.result.queued' as const;
  if (scan.why === 'packingStation.problem.badCheck') return 'packingStation.result.badCheck' as const;
  if (scan.why === 'packingStation.problem.malformed') return 'packingStation.result.malformed' as const;
  switch (scan.result) {
    case 'ok':
      return 'packingStation.result.ok' as const;
    case 'duplicate':
      return 'packingStation.result.duplicate' as const;
    case 'not_expected':
      return 'packingStation.result.notExpected' as const;
    case 'unknown':
      return 'packingStation.result.unknown' as const;
    default:
      return 'packingStation.result.refused' as const;
  }
}

/** The order at the station: per door its packages k of n (packed ones filled in), and what is still to pack. */
function OrderProgress({ progress }: { progress: PackingProgress }) {
  const { t } = useTranslation();
  const separator = currentLanguage() === 'en' ? ', ' : '，';
  const { order, doors } = progress;
  const missing = doors.flatMap((d) =>
    d.packages.filter((p) => p.status === 'created').map((p) => ({ ...p, lineNo: d.lineNo, doorNo: d.doorNo })),
  );
  return (
    <>
      <div className="pack-order-head">
        <span className="pack-order-no">{order.orderNo}</span>
        <span>{order.customer}</span>
        <span className="pack-order-count" data-testid="pack-order-count">
          {t('packingStation.packedOf', { packed: order.packed, expected: order.expected })}
        </span>
      </div>
      <ul className="pack-doors">
        {doors.map((d) => (
          <li
            key={`${d.lineNo}-${d.doorNo}`}
            className={d.packed === d.n ? 'pack-door pack-door-done' : 'pack-door'}
            data-testid="pack-door"
          >
            <span className="pack-door-name">
              {t('packingStation.doorName', { lineNo: d.lineNo, doorNo: d.doorNo })}
              {d.room ? ` · ${d.room}` : ''}
            </span>
            <span className="pack-door-count">
              {d.packed}/{d.n}
            </span>
            {!d.ready && <Tag color="orange">{t('packingStation.notReady')}</Tag>}
            <span className="pack-door-packages">
              {d.packages.map((p) => (
                <span
                  key={p.code}
                  className={`pack-chip pack-chip-${p.status}`}
                  title={`${p.code} · ${t(kindLabel(p.kind))}`}
                >
                  {p.k}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
      {missing.length > 0 && (
        <div className="pack-missing" data-testid="pack-missing">
          <b>{t('packingStation.missing', { count: missing.length })}</b>{' '}
          {missing
            .slice(0, 12)
            .map((p) =>
              t('packingStation.missingOne', {
                lineNo: p.lineNo,
                doorNo: p.doorNo,
                k: p.k,
                n: p.n,
                kind: t(kindLabel(p.kind)),
              }),
            )
            .join(separator)}
          {missing.length > 12 ? ' …' : ''}
        </div>
      )}
    </>
  );
}
