import { Alert, Button, Input, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/catalogues';
import { formatDateTime } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { reasonTree, type ReasonNode } from '../machines/calendar-rules';
import type { DowntimeReason as ScreenReason } from '../machines/equipment-api';
import { countInput, type MachineState, reasonNeed, reasonsFor, TAPPED_STATES } from './station-logic';

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
  // typed text, not a number input's value: a number input rounds 1.5 and clamps −3 without a word
  const [good, setGood] = useState('');
  const [scrap, setScrap] = useState('');
  const goodCount = countInput(good);
  const scrapCount = countInput(scrap);
  const counts =
    'value' in goodCount && 'value' in scrapCount ? { good: goodCount.value, scrap: scrapCount.value } : null;

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
    if (!counts) return;
    await onCounts(counts.good, counts.scrap);
    setGood('');
    setScrap('');
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
        {(
          [
            ['good', good, setGood, goodCount, 'station.countGood'],
            ['scrap', scrap, setScrap, scrapCount, 'station.countScrap'],
          ] as const
        ).map(([which, value, set, parsed, label]) => (
          <label key={which}>
            {t(which === 'good' ? 'station.good' : 'station.scrap')}
            <Input
              size="large"
              inputMode="numeric"
              className="station-count-input"
              data-testid={`count-${which}`}
              value={value}
              status={'problem' in parsed ? 'error' : undefined}
              onChange={(e) => set(e.target.value)}
              aria-label={t(label)}
              aria-invalid={'problem' in parsed}
            />
            {'problem' in parsed && (
              <span className="station-count-problem" role="alert" data-testid={`count-${which}-problem`}>
                {t(parsed.problem)}
              </span>
            )}
          </label>
        ))}
        <Button
          size="large"
          data-testid="post-counts"
          disabled={counts === null || counts.good + counts.scrap === 0}
          onClick={() => void postCounts()}
        >
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
