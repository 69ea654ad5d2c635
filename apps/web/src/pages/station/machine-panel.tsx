import { Alert, Button, InputNumber, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/catalogues';
import { formatDateTime } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { reasonTree, type ReasonNode } from '../machines/calendar-rules';
import type { DowntimeReason as ScreenReason } from '../machines/equipment-api';
import { type MachineState, reasonNeed, reasonsFor, TAPPED_STATES } from './station-logic';

/** The tablet's words for the states (short, on big buttons): 运行, 调机, 待机, 停机. */
export const STATE_LABEL: Record<MachineState, MessageKey> = {
  running: 'station.state.running',
  setup: 'station.state.setup',
  idle: 'station.state.idle',
  down: 'station.state.down',
  off: 'station.state.off',
};

/**
 * The station's machine: its state now (with its reason and since when), a big button per state (停机 and, if the
 * operator wants, 调机 and 待机 ask for a reason from the tree in a second tap), and good and scrap counts.
 */
export function MachinePanel({
  state,
  reasons,
  reasonsFailed,
  reasonName,
  onTap,
  onCounts,
  afterDialog,
}: {
  state: { state: MachineState; reason: string | null; since: string } | undefined;
  reasons: readonly ScreenReason[];
  reasonsFailed: boolean;
  reasonName: (code: string) => string;
  onTap: (state: MachineState, reason?: string) => Promise<void>;
  onCounts: (good: number, scrap: number) => Promise<void>;
  /** where the focus goes once the reason dialog has closed (the scan input) */
  afterDialog: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [reasonFor, setReasonFor] = useState<MachineState>();
  const [good, setGood] = useState<number | null>(null);
  const [scrap, setScrap] = useState<number | null>(null);

  const tapState = (tapped: MachineState) => {
    if (reasonNeed(tapped) === 'none') void onTap(tapped);
    else setReasonFor(tapped);
  };
  const choose = (reason?: string) => {
    if (!reasonFor) return;
    setReasonFor(undefined);
    void onTap(reasonFor, reason);
  };
  const postCounts = async () => {
    await onCounts(good ?? 0, scrap ?? 0);
    setGood(null);
    setScrap(null);
  };

  const tree = reasonFor ? reasonTree(reasonsFor(reasons, reasonFor)) : [];
  /** A reason and those under it, as buttons (the seeded tree has two levels; a deeper one is flattened). */
  const reasonButtons = (node: ReasonNode, parent: boolean): ReactNode[] => [
    <Button
      key={node.code}
      className={parent ? 'station-reason station-reason-parent' : 'station-reason'}
      data-reason={node.code}
      onClick={() => choose(node.code)}
    >
      {language === 'en' ? node.nameEn : node.nameZh}
    </Button>,
    ...(node.children ?? []).flatMap((child) => reasonButtons(child, false)),
  ];

  return (
    <section className="station-panel station-machine" data-testid="station-machine-panel">
      <div className="station-state" data-testid="machine-state" data-state={state?.state ?? ''}>
        <span className={`station-state-dot station-state-${state?.state ?? 'none'}`} />
        <span className="station-state-name">{state ? t(STATE_LABEL[state.state]) : t('station.state.unknown')}</span>
        {state?.reason && <span className="station-state-reason">{reasonName(state.reason)}</span>}
        {state && (
          <span className="station-state-since">
            {t('station.since', { at: formatDateTime(state.since, language) })}
          </span>
        )}
      </div>
      <div className="station-states">
        {TAPPED_STATES.map((tapped) => (
          <Button
            key={tapped}
            className={`station-state-button station-state-${tapped}`}
            data-testid={`tap-${tapped}`}
            onClick={() => tapState(tapped)}
          >
            {t(STATE_LABEL[tapped])}
          </Button>
        ))}
      </div>
      <div className="station-counts">
        <label>
          {t('station.good')}
          <InputNumber
            size="large"
            min={0}
            precision={0}
            value={good}
            onChange={(v) => setGood(v)}
            aria-label={t('station.countGood')}
          />
        </label>
        <label>
          {t('station.scrap')}
          <InputNumber
            size="large"
            min={0}
            precision={0}
            value={scrap}
            onChange={(v) => setScrap(v)}
            aria-label={t('station.countScrap')}
          />
        </label>
        <Button size="large" disabled={(good ?? 0) + (scrap ?? 0) === 0} onClick={() => void postCounts()}>
          {t('station.postCounts')}
        </Button>
      </div>

      <Modal
        // the scanner types into the scan input next, not into the button that opened the dialog
        focusTriggerAfterClose={false}
        afterClose={afterDialog}
        open={reasonFor !== undefined}
        title={reasonFor ? t('station.reasonFor', { state: t(STATE_LABEL[reasonFor]) }) : ''}
        footer={null}
        onCancel={() => setReasonFor(undefined)}
        width={860}
      >
        <div className="station-reason-tree" data-testid="reason-tree">
          {reasonFor && reasonNeed(reasonFor) === 'optional' && (
            <Button className="station-reason" onClick={() => choose()}>
              {t('station.noReason')}
            </Button>
          )}
          {tree.map((node) => (
            <div key={node.code} className="station-reason-group">
              {reasonButtons(node, true)}
            </div>
          ))}
          {reasonsFailed && <Alert type="error" showIcon title={t('station.reasonsMissing')} />}
        </div>
      </Modal>
    </section>
  );
}
