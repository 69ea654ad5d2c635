import { useQuery } from '@tanstack/react-query';
import { Button, Select, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import type { operations } from '../../../../../clients/typescript/schema';
import { localMessage } from '../../api/localized-message';
import { currentLanguage } from '../../i18n/i18n';
import { loadWorkOrders } from '../work-orders/production-api';
import { saveBlob } from './download';

/** Label stock the api lays labels out for (contract §11): 100×150 mm thermal labels, or A6 sheets. */
export type LabelStock = NonNullable<NonNullable<operations['Labels_runPdf']['parameters']['query']>['stock']>;
type LabelFormat = 'pdf' | 'zpl';
export type LabelsOf = { run: string } | { order: string; orderNo: string };

/** A run's or an order's package labels as a file (the routes need the bearer token: fetched, then saved). */
export async function packageLabels(of: LabelsOf, format: LabelFormat, stock: LabelStock): Promise<Blob> {
  const query = { stock };
  const answer =
    'run' in of
      ? await api.GET(`/api/v1/split-runs/{id}/labels.${format}`, {
          params: { path: { id: of.run }, query },
          parseAs: 'blob',
        })
      : await api.GET(`/api/v1/orders/{order}/labels.${format}`, {
          params: { path: { order: of.order }, query },
          parseAs: 'blob',
        });
  return unwrap(answer);
}

/**
 * Whether a run's work orders are released (labels and travelers print only then): one work order tells, a
 * release releases them all. The same query as the run's 下达生产 button, so a release there shows here.
 */
export function useRunReleased(runId: string): boolean {
  const first = useQuery({
    queryKey: ['work-orders', 'list', { run: runId, limit: 1 }],
    queryFn: ({ signal }) => loadWorkOrders({ run: runId, limit: 1 }, signal),
  });
  return first.data?.items.some((w) => w.status !== 'planned') === true;
}

/**
 * 打印包装标签: one label per package of a run or an order, in door order, as a PDF on the chosen stock or as ZPL
 * for a Zebra printer. Before release the api refuses them (409): the buttons are off then, with why.
 */
export function PackageLabelButtons({ of, released }: { of: LabelsOf; released: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [stock, setStock] = useState<LabelStock>('100x150');
  const [busy, setBusy] = useState<LabelFormat | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const download = async (format: LabelFormat) => {
    setBusy(format);
    setError(null);
    try {
      const name = 'run' in of ? `run-${of.run.slice(0, 8)}` : of.orderNo;
      saveBlob(await packageLabels(of, format, stock), `${t('labels.file')}-${name}-${stock}.${format}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space size={4} wrap className="package-labels">
      <Tooltip title={released ? undefined : t('labels.notReleased')}>
        <Space.Compact>
          <Select<LabelStock>
            size="small"
            value={stock}
            onChange={setStock}
            disabled={!released}
            aria-label={t('labels.stock')}
            popupMatchSelectWidth={false}
            options={[
              { value: '100x150', label: t('labels.stock.100x150') },
              { value: 'a6', label: t('labels.stock.a6') },
            ]}
          />
          <Button
            size="small"
            disabled={!released}
            loading={busy === 'pdf'}
            onClick={() => void download('pdf')}
            data-testid="labels-pdf"
          >
            {t('labels.print')}
          </Button>
          <Button
            size="small"
            disabled={!released}
            loading={busy === 'zpl'}
            onClick={() => void download('zpl')}
            data-testid="labels-zpl"
          >
            {t('labels.zpl')}
          </Button>
        </Space.Compact>
      </Tooltip>
      {error && (
        <Typography.Text type="danger" data-testid="labels-refused">
          {error instanceof ApiError ? localMessage(error.problem.detail, language, t) : t('error.network')}
        </Typography.Text>
      )}
    </Space>
  );
}

/** A run's package labels, on once its work orders are released. */
export function RunLabelButtons({ runId }: { runId: string }) {
  return <PackageLabelButtons of={{ run: runId }} released={useRunReleased(runId)} />;
}
