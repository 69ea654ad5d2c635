import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatMm } from '../../i18n/format';
import { currentLanguage, type Language } from '../../i18n/i18n';
import { Barcode128 } from './barcode-label';
import { choiceMatches, useRunChoices } from './run-choices';
import { codeColumn, ListTable, refusalText, type Schemas, useChoices } from './warehouse-common';
import './run-remnants.css';

type RunRemnant = Schemas['RunRemnantDto'];
type Feedback = { type: 'success' | 'info' | 'error'; text: string };

/** 1,210 × 440 mm for a sheet's remnant, 1,180 mm for a bar's. */
export function remnantSize(r: { length: number; width: number | null }, language: Language): string {
  return r.width === null
    ? formatMm(r.length, language)
    : `${formatMm(r.width, language)} × ${formatMm(r.length, language)}`;
}

/**
 * Receiving a split run's remnants (余料入库, for those who receive stock): the run's plan remnants with their labels and whether each is in
 * stock, all received to one location in one press, or one at a time by scanning its label; labels print here.
 */
export function RunRemnantsCard() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const [run, setRun] = useState<string>();
  const [location, setLocation] = useState<string>();
  const [scan, setScan] = useState('');
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [printing, setPrinting] = useState(false);
  const [runSearch, setRunSearch] = useState('');
  const locations = useChoices('locations', language);
  const runs = useRunChoices(language, runSearch);
  const remnants = useQuery({
    queryKey: ['warehouse', 'run-remnants', run],
    enabled: !!run,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/stock/remnants/runs/{run}', { params: { path: { run: run ?? '' } }, signal })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['warehouse'] });
  const openNow = () =>
    queryClient
      .getQueryData<Schemas['RunRemnantsDto']>(['warehouse', 'run-remnants', run])
      ?.remnants.filter((r) => !r.received).length ?? 0;
  // a double click presses twice before React has rendered the button as loading: the second press is let go
  const receivingAll = useRef(false);
  // what was still to receive when the button was pressed (a refetch meanwhile would move the list on)
  const openAtPress = useRef(0);
  const receiveAll = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/stock/remnants/runs/{run}/receive', {
          params: { path: { run: run ?? '' } },
          body: { location: location ?? '', device: 'web' },
        }),
      ),
    onSuccess: async () => {
      // what the list shows received now, not one answer's count (another station may have received some too)
      await refresh();
      const count = openAtPress.current - openNow();
      setFeedback({ type: 'success', text: t('remnantReceiving.receivedAll', { count }) });
    },
    onError: (error) => setFeedback({ type: 'error', text: refusalText(error, t) }),
    onSettled: () => {
      receivingAll.current = false;
    },
  });
  const pressReceiveAll = () => {
    if (receivingAll.current) return;
    receivingAll.current = true;
    openAtPress.current = openNow();
    receiveAll.mutate();
  };
  const receiveLabel = useMutation({
    mutationFn: async (label: string) =>
      unwrap(
        await api.POST('/api/v1/stock/remnants/runs/{run}/scans', {
          params: { path: { run: run ?? '' } },
          body: { label, location: location ?? '', device: 'web' },
        }),
      ),
    onSuccess: async (answer) => {
      const values = { label: answer.label, code: answer.remnant.code };
      setFeedback(
        answer.replayed
          ? { type: 'info', text: t('remnantReceiving.scannedBefore', values) }
          : { type: 'success', text: t('remnantReceiving.scanned', values) },
      );
      setScan('');
      await refresh();
    },
    onError: (error) => setFeedback({ type: 'error', text: refusalText(error, t) }),
  });
  const list = remnants.data?.remnants ?? [];
  const open = list.filter((r) => !r.received).length;
  const canReceive = !!run && !!location;

  return (
    <Card title={t('remnantReceiving.title')} className="rm-run-card">
      <Space wrap align="end" className="rm-run-controls">
        <label className="rm-field">
          <Typography.Text type="secondary">{t('remnantReceiving.run')}</Typography.Text>
          <Select
            id="remnant-run"
            showSearch
            value={run}
            options={runs.options}
            loading={runs.loading}
            filterOption={choiceMatches}
            onSearch={setRunSearch}
            placeholder={t('remnantReceiving.chooseRun')}
            notFoundContent={t('remnantReceiving.noRuns')}
            style={{ width: 380 }}
            onChange={(value) => {
              setRun(value);
              setFeedback(null);
            }}
          />
        </label>
        <label className="rm-field">
          <Typography.Text type="secondary">{t('remnantReceiving.location')}</Typography.Text>
          <Select
            id="remnant-location"
            showSearch
            value={location}
            options={locations.data}
            loading={locations.isLoading}
            optionFilterProp="label"
            style={{ width: 200 }}
            onChange={setLocation}
          />
        </label>
        <Button
          type="primary"
          disabled={!canReceive || open === 0 || receiveAll.isPending}
          loading={receiveAll.isPending}
          onClick={pressReceiveAll}
          data-testid="remnant-receive-all"
        >
          {t('remnantReceiving.receiveAll', { count: open })}
        </Button>
        <Button disabled={list.length === 0} onClick={() => setPrinting(true)}>
          {t('remnantReceiving.printLabels')}
        </Button>
      </Space>
      {run && (
        <Input.Search
          id="remnant-scan"
          className="rm-scan"
          value={scan}
          disabled={!canReceive}
          placeholder={t(location ? 'remnantReceiving.scanPlaceholder' : 'remnantReceiving.chooseLocation')}
          enterButton={t('remnantReceiving.scanOk')}
          loading={receiveLabel.isPending}
          onChange={(e) => setScan(e.target.value)}
          onSearch={(value) => value.trim() && receiveLabel.mutate(value.trim())}
        />
      )}
      {runs.error && <Alert type="error" showIcon title={refusalText(runs.error, t)} />}
      {feedback && <Alert className="rm-feedback" type={feedback.type} showIcon title={feedback.text} />}
      {remnants.error && <Alert type="error" showIcon title={refusalText(remnants.error, t)} />}
      {run && (
        <ListTable<RunRemnant>
          rowKey="label"
          size="small"
          dataSource={list}
          loading={remnants.isFetching}
          empty="remnantReceiving.empty"
          pagination={list.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          columns={[
            codeColumn('label', t('remnantReceiving.label'), (r) => r.label, 170),
            codeColumn('material', t('remnantReceiving.material'), (r) => r.material, 130),
            { key: 'size', title: t('remnantReceiving.size'), render: (_, r) => remnantSize(r, language) },
            {
              key: 'from',
              title: t('remnantReceiving.cutFrom'),
              render: (_, r) => t('remnantReceiving.planLayout', { plan: r.plan, layout: r.layout }),
            },
            codeColumn('item', t('remnantReceiving.item'), (r) => r.item, 190),
            {
              key: 'received',
              title: t('remnantReceiving.state'),
              render: (_, r) =>
                r.received ? (
                  <Tag color="green">{t('remnantReceiving.received')}</Tag>
                ) : (
                  <Tag>{t('remnantReceiving.notReceived')}</Tag>
                ),
            },
          ]}
        />
      )}
      <Modal
        open={printing}
        title={t('remnantReceiving.labelsTitle', { count: list.length })}
        width={760}
        onCancel={() => setPrinting(false)}
        destroyOnHidden
        footer={[
          <Button key="close" onClick={() => setPrinting(false)}>
            {t('remnantReceiving.close')}
          </Button>,
          <Button key="print" type="primary" onClick={() => window.print()}>
            {t('remnantReceiving.print')}
          </Button>,
        ]}
      >
        <div className="rm-labels">
          {list.map((r) => (
            <RemnantLabel key={r.label} remnant={r} />
          ))}
        </div>
      </Modal>
      {printing &&
        // what prints: the labels in the page's own flow, so they run on over as many pages as they need (the
        // dialog is fixed to the screen, and Chrome would print only what fits on it, on every page)
        createPortal(
          <div className="rm-print-sheet" data-testid="remnant-print-sheet">
            {list.map((r) => (
              <RemnantLabel key={r.label} remnant={r} />
            ))}
          </div>,
          document.body,
        )}
    </Card>
  );
}

/** One remnant's label: material and size to read, the label's code to scan. */
function RemnantLabel({ remnant }: { remnant: RunRemnant }) {
  const { t } = useTranslation();
  return (
    <div className="rm-label">
      <Typography.Text strong>
        {remnant.material} · {remnantSize(remnant, currentLanguage())}
      </Typography.Text>
      <Typography.Text type="secondary">{t('remnantReceiving.labelCaption')}</Typography.Text>
      <Barcode128 value={remnant.label} module={1.5} height={48} />
    </div>
  );
}
