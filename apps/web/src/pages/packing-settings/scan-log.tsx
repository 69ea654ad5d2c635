import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import type { MessageKey } from '../../shell/menu';
import { CursorTable, useCursorList } from '../cursor-list';
import { ERROR_KIND_LABEL } from '../dashboard/packing-accuracy-api';
import { ProblemAlert } from '../problem-alert';
import { loadScans, type ScanFilter, type ScanRecord, type ScanResult, undoScan } from './packing-settings-api';

const SCANS_KEY = ['packing', 'scans'] as const;

const RESULT_LABEL = {
  ok: 'packingSettings.scans.result.ok',
  duplicate: 'packingSettings.scans.result.duplicate',
  unknown: 'packingSettings.scans.result.unknown',
  not_expected: 'packingSettings.scans.result.not_expected',
  not_in_shipment: 'packingSettings.scans.result.not_in_shipment',
  not_packed: 'packingSettings.scans.result.not_packed',
} as const satisfies Record<ScanResult, MessageKey>;

const RESULT_COLOUR: Record<ScanResult, string> = {
  ok: 'green',
  duplicate: 'gold',
  unknown: 'red',
  not_expected: 'red',
  not_in_shipment: 'red',
  not_packed: 'red',
};

/** A refusal's reason in words: the dashboard's names of the errors, and the two a loading station adds. */
const REASON_LABEL: Record<string, MessageKey> = {
  ...ERROR_KIND_LABEL,
  other_order: 'packingSettings.scans.reason.otherOrder',
  other_shipment: 'packingSettings.scans.reason.otherShipment',
};

/** Whether the scan log knows a result's words (a newer api may send another: shown as it names it). */
const isKnownResult = (result: string): result is ScanResult => result in RESULT_LABEL;

/**
 * 扫描记录: the recent pack and load scans, newest first, refusals too; a supervisor (manager, admin) undoes an ok scan
 * with a reason — the package back to unpacked, or off the truck. What the api refuses (409) is said in its words.
 */
export function ScanLogCard({ canUndo }: { canUndo: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [filter, setFilter] = useState<ScanFilter>({});
  const [undoing, setUndoing] = useState<ScanRecord | null>(null);
  const scans = useCursorList([...SCANS_KEY, filter], (cursor, signal) => loadScans(filter, cursor, signal));

  return (
    <Card size="small" title={t('packingSettings.scans')} data-testid="scan-log">
      <Typography.Paragraph type="secondary">{t('packingSettings.scans.hint')}</Typography.Paragraph>
      <Space wrap className="scan-log-filters">
        <Input.Search
          allowClear
          aria-label={t('packingSettings.scans.station')}
          placeholder={t('packingSettings.scans.station')}
          onSearch={(value) => setFilter((f) => ({ ...f, station: value.trim() || undefined }))}
        />
        <Input.Search
          allowClear
          aria-label={t('packingSettings.scans.shipment')}
          placeholder={t('packingSettings.scans.shipment')}
          onSearch={(value) => setFilter((f) => ({ ...f, shipment: value.trim() || undefined }))}
        />
        <Select<ScanResult>
          allowClear
          className="scan-log-result"
          aria-label={t('packingSettings.scans.result')}
          placeholder={t('packingSettings.scans.result')}
          value={filter.result}
          onChange={(result?: ScanResult) => setFilter((f) => ({ ...f, result }))}
          options={(Object.keys(RESULT_LABEL) as ScanResult[]).map((r) => ({ value: r, label: t(RESULT_LABEL[r]) }))}
        />
      </Space>
      <CursorTable<ScanRecord>
        list={scans}
        moreLabel="packingSettings.scans.more"
        moreClassName="scan-log-more"
        rowKey="scanId"
        size="small"
        className="scan-log"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('packingSettings.scans.none') }}
        columns={[
          { key: 'at', title: t('packingSettings.scans.at'), render: (_, s) => formatDateTime(s.at, language) },
          {
            key: 'where',
            title: t('packingSettings.scans.where'),
            render: (_, s) =>
              s.kind === 'pack'
                ? t('packingSettings.scans.packAt', { station: s.station ?? '' })
                : t('packingSettings.scans.loadOn', { shipment: s.shipmentNumber ?? '' }),
          },
          { key: 'barcode', title: t('packingSettings.scans.barcode'), dataIndex: 'barcode' },
          { key: 'order', title: t('packingSettings.scans.order'), render: (_, s) => s.orderNo ?? '—' },
          {
            key: 'result',
            title: t('packingSettings.scans.result'),
            render: (_, s) =>
              isKnownResult(s.result) ? (
                <Tag color={RESULT_COLOUR[s.result]}>{t(RESULT_LABEL[s.result])}</Tag>
              ) : (
                <Tag>{s.result}</Tag>
              ),
          },
          {
            key: 'reason',
            title: t('packingSettings.scans.reason'),
            render: (_, s) => (s.reason === null ? '' : REASON_LABEL[s.reason] ? t(REASON_LABEL[s.reason]) : s.reason),
          },
          { key: 'user', title: t('packingSettings.scans.user'), render: (_, s) => s.username ?? '—' },
          {
            key: 'undo',
            title: t('packingSettings.actions'),
            render: (_, s) =>
              s.undoneAt ? (
                <Typography.Text type="secondary" data-testid={`scan-undone-${s.scanId}`}>
                  {t('packingSettings.scans.undone', {
                    at: formatDateTime(s.undoneAt, language),
                    reason: s.undoReason ?? '',
                  })}
                </Typography.Text>
              ) : (
                canUndo &&
                s.result === 'ok' && (
                  <Button size="small" danger data-testid={`scan-undo-${s.scanId}`} onClick={() => setUndoing(s)}>
                    {t('packingSettings.scans.undo')}
                  </Button>
                )
              ),
          },
        ]}
      />
      {undoing && <UndoDialog scan={undoing} onClose={() => setUndoing(null)} />}
    </Card>
  );
}

function UndoDialog({ scan, onClose }: { scan: ScanRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const undo = useMutation({
    mutationFn: () => undoScan(scan.scanId, reason.trim()),
    onSuccess: async () => {
      onClose();
      // the package's state changed: the log, the stations' orders and the shipments read it again
      await queryClient.invalidateQueries({ queryKey: ['packing'] });
      await queryClient.invalidateQueries({ queryKey: ['orders'] });
    },
  });
  const missing = touched && reason.trim() === '';
  return (
    <Modal
      open
      maskClosable={false}
      title={t(scan.kind === 'pack' ? 'packingSettings.scans.undoPack' : 'packingSettings.scans.undoLoad', {
        barcode: scan.barcode,
      })}
      okText={t('packingSettings.scans.undo')}
      okButtonProps={{ danger: true, loading: undo.isPending }}
      onOk={() => {
        setTouched(true);
        if (reason.trim() !== '') undo.mutate();
      }}
      onCancel={onClose}
    >
      <Typography.Paragraph>
        {t(scan.kind === 'pack' ? 'packingSettings.scans.undoPackHint' : 'packingSettings.scans.undoLoadHint')}
      </Typography.Paragraph>
      <Input.TextArea
        id="scan-undo-reason"
        aria-label={t('packingSettings.scans.undoReason')}
        placeholder={t('packingSettings.scans.undoReason')}
        maxLength={200}
        rows={2}
        value={reason}
        status={missing ? 'error' : undefined}
        onChange={(e) => setReason(e.target.value)}
      />
      {missing && <div className="scan-undo-missing">{t('packingSettings.required')}</div>}
      {undo.error && (
        <div className="scan-undo-refused" data-testid="scan-undo-refused">
          <ProblemAlert error={undo.error} />
        </div>
      )}
    </Modal>
  );
}
