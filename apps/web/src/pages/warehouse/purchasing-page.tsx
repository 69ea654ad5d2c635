import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import { saveBlob } from '../split-runs/download';
import { CODE_WIDTH, formatQuantity, ListTable, NUMBER_COLUMN, numberColumn, type Schemas } from './warehouse-common';

type Suggestion = Schemas['PurchaseSuggestionDto'];

/**
 * Purchase suggestions (采购建议): per item, what the open split runs still need against pickable stock and the
 * reorder point, as purchase units to buy; the same table as an .xlsx for the buyer.
 */
export default function PurchasingPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [all, setAll] = useState(false);
  const [downloadError, setDownloadError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const suggestions = useQuery({
    queryKey: ['warehouse', 'purchasing', 'suggestions'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/purchasing/suggestions', { signal })),
  });
  const data = suggestions.data;
  const rows = (data?.items ?? []).filter((s) => all || s.toBuy > 0);
  const amount = (value: number, s: Suggestion) => formatQuantity(value, language, s.unit, t);

  const download = async () => {
    setBusy(true);
    setDownloadError(null);
    try {
      // the route needs the bearer token: fetched through the api client, then saved as a file
      // a refusal comes back as problem+json: unwrap throws it, so the alert says what the api said
      const blob = unwrap(await api.GET('/api/v1/purchasing/suggestions.xlsx', { parseAs: 'blob' }));
      const day = new Date().toISOString().slice(0, 10);
      saveBlob(blob, language === 'en' ? `purchase-suggestions-${day}.xlsx` : `采购建议-${day}.xlsx`);
    } catch (error) {
      setDownloadError(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="wh-toolbar">
        <PageTitle entry={entry} />
        <Space>
          <Switch checked={all} onChange={setAll} data-testid="purchasing-all" />
          <span>{t('purchasing.showAll')}</span>
          <Button type="primary" loading={busy} onClick={() => void download()} data-testid="purchasing-xlsx">
            {t('purchasing.download')}
          </Button>
        </Space>
      </div>
      <Typography.Paragraph type="secondary">{t('purchasing.hint')}</Typography.Paragraph>
      {suggestions.error && <ProblemAlert error={suggestions.error} />}
      {downloadError && <ProblemAlert error={downloadError} />}
      {data && (
        <Typography.Paragraph data-testid="purchasing-runs">
          {data.openRuns.length === 0
            ? t('purchasing.noOpenRuns')
            : t('purchasing.openRuns', {
                count: data.openRuns.length,
                orders: [...new Set(data.openRuns.flatMap((r) => r.orders))].join(', '),
              })}
        </Typography.Paragraph>
      )}
      <ListTable<Suggestion>
        rowKey="item"
        dataSource={rows}
        loading={suggestions.isFetching}
        empty="purchasing.empty"
        columns={[
          {
            key: 'item',
            title: t('warehouse.field.itemCode'),
            width: CODE_WIDTH,
            render: (_, s) => (
              <Link to={`/warehouse/balances?${new URLSearchParams({ item: s.item })}`} className="wh-code">
                {s.item}
              </Link>
            ),
          },
          {
            key: 'name',
            title: t('warehouse.field.itemName'),
            render: (_, s) => (language === 'en' ? s.nameEn : s.name),
          },
          numberColumn('demand', t('purchasing.demand'), (s) => amount(s.demand, s)),
          numberColumn('available', t('purchasing.available'), (s) => amount(s.available, s)),
          numberColumn('reorderPoint', t('warehouse.items.reorderPoint'), (s) => amount(s.reorderPoint, s)),
          numberColumn('shortfall', t('purchasing.shortfall'), (s) => amount(s.shortfall, s)),
          {
            key: 'toBuy',
            title: t('purchasing.toBuy'),
            ...NUMBER_COLUMN,
            width: 170,
            render: (_, s) =>
              s.toBuy > 0 ? (
                <strong className="wh-num" data-testid="purchasing-to-buy">
                  {s.purchaseUnit
                    ? t('purchasing.packs', {
                        count: s.toBuy,
                        unit: s.purchaseUnit,
                        quantity: amount(s.toBuyQuantity, s),
                      })
                    : amount(s.toBuy, s)}
                </strong>
              ) : (
                <Tag color="success">{t('purchasing.enough')}</Tag>
              ),
          },
        ]}
      />
      {data && data.unlisted.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="wh-section"
          title={t('purchasing.unlisted', {
            materials: [...new Set(data.unlisted.map((u) => u.material))].join(', '),
          })}
        />
      )}
    </>
  );
}
