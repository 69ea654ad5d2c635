import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, Modal, Popconfirm, Select, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localMessage } from '../../api/localized-message';
import { useAuth } from '../../auth/auth';
import { currentLanguage } from '../../i18n/i18n';
import type { PageProps } from '../page-props';
import { beep } from '../scan/beep';
import type { SendResult } from '../scan/scan-queue';
import {
  closeShipment,
  loadOpenShipments,
  loadRequest,
  loadShipment,
  type MissingPackage,
  type PackingQueued,
  storedShipment,
  storeShipment,
} from '../packing-station/packing-api';
import {
  answerFeedback,
  loadFeedback,
  loadingOrder,
  missingOf,
  notChosenFeedback,
  problemFeedback,
  unsentFeedback,
} from '../packing-station/scan-feedback';
import {
  FeedbackBand,
  ScanInput,
  StationTop,
  useFeedback,
  usePackingOutbox,
  useScanInput,
} from '../packing-station/station-parts';

/** Who may close a shipment with packages missing (contract §10: the supervisors). */
const SUPERVISORS = ['manager', 'admin'];
const OVERRIDE_MAX = 200;
/** How many of the packages still to load the panel names (the count says the rest). */
const TO_LOAD_SHOWN = 12;

/**
 * The loading station (装车): a loader picks the open shipment at the dock and scans each package onto the truck, its
 * orders shown in loading order (the last stop first). A package of another order, one not packed yet, or a repeat
 * is refused with its reason. Closing with packages missing lists them; a supervisor may close anyway with a reason.
 */
export default function LoadingPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { session } = useAuth();
  const queries = useQueryClient();
  const owner = session?.user.id ?? '';
  const scope = useMemo(() => ({ factory: session?.user.factory.id ?? '', user: owner }), [session, owner]);
  const supervisor = (session?.user.roles ?? []).some((r) => SUPERVISORS.includes(r));

  const [shipmentId, setShipmentId] = useState<string | undefined>(() => storedShipment(scope));
  const { feedback, seq, say, clear } = useFeedback();
  const [missing, setMissing] = useState<MissingPackage[] | null>(null);
  const [reason, setReason] = useState('');
  const [closing, setClosing] = useState(false);
  const [closeError, setCloseError] = useState<string>();

  const shipments = useQuery({
    queryKey: ['packing', 'shipments', 'open'],
    queryFn: ({ signal }) => loadOpenShipments(signal),
  });
  const shipment = useQuery({
    queryKey: ['packing', 'shipment', shipmentId],
    queryFn: ({ signal }) => loadShipment(shipmentId ?? '', signal),
    enabled: shipmentId !== undefined,
  });
  const open = shipment.data?.status === 'open' ? shipment.data : undefined;

  const refresh = useCallback(() => {
    void queries.invalidateQueries({ queryKey: ['packing', 'shipment'] });
  }, [queries]);

  const settled = useCallback(
    (entry: PackingQueued, result: Exclude<SendResult, { kind: 'unreachable' }>) => {
      const said = answerFeedback(result, entry.summary.barcode, loadFeedback);
      refresh();
      // a scan sent from the outbox is said when it went wrong: a mistake is never missed
      if (said.tone !== 'ok') say(said);
    },
    [refresh, say],
  );
  const { submit, waiting, online, memoryOnly } = usePackingOutbox(owner, settled);

  const scan = useCallback(
    async (barcode: string) => {
      if (!open) {
        say(notChosenFeedback('no_shipment', 'loading.chooseFirst'));
        return;
      }
      const outcome = await submit(loadRequest(open, barcode));
      if (outcome === null || outcome.kind === 'queued') {
        say(unsentFeedback(outcome, barcode));
        return;
      }
      say(answerFeedback(outcome, barcode, loadFeedback));
      refresh();
    },
    [open, submit, say, refresh],
  );
  const { input, onKeyDown } = useScanInput((code) => void scan(code));

  const choose = (id: string | undefined) => {
    setShipmentId(id);
    storeShipment(scope, id);
    clear();
    // the scanner types into the scan input next, not into the list just chosen from
    window.requestAnimationFrame(() => input.current?.focus());
  };

  /** Closes the shipment; with a reason, a supervisor's override of the missing packages. */
  const close = async (overrideReason?: string) => {
    if (!open) return;
    setClosing(true);
    try {
      const answer = await closeShipment(open.id, overrideReason);
      if (answer.ok) {
        setMissing(null);
        setReason('');
        choose(undefined);
        // an override ships the truck short: said in the warning colour, with how many packages stay behind
        const short = answer.shipment.missing.length;
        say(
          overrideReason
            ? {
                tone: 'warn',
                sound: 'warn',
                result: 'closed',
                title: { key: 'loading.closedOverride', values: { number: open.number, count: short } },
                details: [],
              }
            : {
                tone: 'ok',
                sound: 'ok',
                result: 'closed',
                title: { key: 'loading.closed', values: { number: open.number } },
                details: [],
              },
        );
        void queries.invalidateQueries({ queryKey: ['packing', 'shipments'] });
        return;
      }
      const list = missingOf(answer.problem);
      if (answer.status === 409 && list.length > 0) {
        beep('error');
        setCloseError(undefined);
        setMissing(list);
        return;
      }
      const said = problemFeedback(answer.problem, open.number);
      if (missing)
        setCloseError(
          'key' in said.title ? t(said.title.key, said.title.values) : localMessage(said.title.text, language, t),
        );
      else say(said);
    } finally {
      setClosing(false);
      refresh();
    }
  };

  const orders = open ? loadingOrder(open.orders) : [];
  const separator = language === 'en' ? ', ' : '，';

  return (
    <div className="pack">
      <StationTop entry={entry} online={online} waiting={waiting} memoryOnly={memoryOnly} />

      <div className="pack-bar">
        <label className="pack-bar-item">
          <span>{t('loading.shipment')}</span>
          <Select
            id="load-shipment-choice"
            className="pack-select"
            size="large"
            allowClear
            value={open ? open.id : undefined}
            placeholder={t('loading.chooseShipment')}
            loading={shipments.isLoading}
            options={(shipments.data ?? []).map((s) => ({
              value: s.id,
              label: [s.number, s.vehicle, s.driver].filter(Boolean).join(' · '),
            }))}
            onChange={(id?: string) => choose(id)}
          />
        </label>
        {open && (
          <>
            <span className="load-total" data-testid="load-total">
              {t('loading.totalCount', { loaded: open.loaded, expected: open.expected })}
            </span>
            <Popconfirm
              title={t('loading.closeConfirm', { number: open.number })}
              description={t('loading.closeHint', { loaded: open.loaded, expected: open.expected })}
              okText={t('loading.close')}
              cancelText={t('loading.cancel')}
              onConfirm={() => void close()}
            >
              <Button
                size="large"
                type="primary"
                className="load-close"
                data-testid="load-close"
                loading={closing && missing === null}
              >
                {t('loading.close')}
              </Button>
            </Popconfirm>
          </>
        )}
      </div>

      <ScanInput
        inputRef={input}
        onKeyDown={onKeyDown}
        id="load-input"
        label={t('loading.input')}
        placeholder={t(open ? 'loading.placeholder' : 'loading.chooseFirst')}
      />

      <FeedbackBand feedback={feedback} seq={seq} idle={t('loading.ready')} />

      <section className="pack-panel" data-testid="load-orders">
        {open && (
          <table className="load-orders">
            <thead>
              <tr>
                <th>{t('loading.stop')}</th>
                <th>{t('loading.order')}</th>
                <th>{t('loading.customer')}</th>
                <th className="num">{t('loading.loadedOf')}</th>
                <th className="num">{t('loading.packed')}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <tr
                  key={o.id}
                  className={o.loaded === o.expected ? 'load-order-done' : undefined}
                  data-order={o.orderNo}
                >
                  <td>{o.stop}</td>
                  <td>{o.orderNo}</td>
                  <td>{o.customer}</td>
                  <td className="num">
                    {o.loaded}/{o.expected}
                  </td>
                  <td className="num">{o.packed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {open && open.missing.length > 0 && (
          <div className="pack-missing" data-testid="load-to-load">
            <b>{t('loading.toLoad', { count: open.missing.length })}</b>{' '}
            {open.missing
              .slice(0, TO_LOAD_SHOWN)
              .map((p) =>
                t('loading.toLoadOne', { orderNo: p.orderNo, lineNo: p.lineNo, doorNo: p.doorNo, k: p.k, n: p.n }),
              )
              .join(separator)}
            {open.missing.length > TO_LOAD_SHOWN ? ' …' : ''}
          </div>
        )}
        {!open && (
          <Typography.Text type="secondary">
            {shipments.data?.length === 0 ? t('loading.noneOpen') : t('loading.chooseShipment')}
          </Typography.Text>
        )}
      </section>

      <Modal
        focusTriggerAfterClose={false}
        afterClose={() => input.current?.focus()}
        open={missing !== null}
        width={760}
        title={t('loading.missingTitle', { count: missing?.length ?? 0 })}
        footer={null}
        onCancel={() => {
          setMissing(null);
          setCloseError(undefined);
        }}
      >
        <div className="load-missing" data-testid="load-missing">
          <table className="load-orders">
            <thead>
              <tr>
                <th>{t('loading.code')}</th>
                <th>{t('loading.order')}</th>
                <th>{t('loading.door')}</th>
                <th className="num">{t('loading.kOfN')}</th>
              </tr>
            </thead>
            <tbody>
              {(missing ?? []).map((p) => (
                <tr key={p.code}>
                  <td>{p.code}</td>
                  <td>{p.orderNo}</td>
                  <td>{t('packingStation.doorName', { lineNo: p.lineNo, doorNo: p.doorNo })}</td>
                  <td className="num">
                    {p.k}/{p.n}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {supervisor ? (
          <div className="load-override">
            <Typography.Paragraph>{t('loading.overrideHint')}</Typography.Paragraph>
            <Input.TextArea
              id="load-override-reason"
              aria-label={t('loading.overrideReason')}
              placeholder={t('loading.overrideReason')}
              value={reason}
              maxLength={OVERRIDE_MAX}
              onChange={(e) => setReason(e.target.value)}
            />
            {closeError && <div className="pack-field-error">{closeError}</div>}
            <Button
              danger
              size="large"
              className="load-close"
              data-testid="load-override"
              disabled={reason.trim() === ''}
              loading={closing}
              onClick={() => void close(reason.trim())}
            >
              {t('loading.override')}
            </Button>
          </div>
        ) : (
          <Alert type="warning" showIcon title={t('loading.supervisorNeeded')} data-testid="load-supervisor-needed" />
        )}
      </Modal>
    </div>
  );
}
