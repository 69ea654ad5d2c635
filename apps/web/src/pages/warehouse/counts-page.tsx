import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Popconfirm, Select, Space, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { useCursorList } from '../cursor-list';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import {
  codeColumn,
  COUNT_STATUS_LABEL,
  type CountStatus,
  FilterBar,
  formatQuantity,
  formatYuan,
  formHas,
  FormModal,
  labelOptions,
  ListTable,
  NUMBER_COLUMN,
  numberColumn,
  PAGE_SIZE,
  PagedTable,
  refusalText,
  type Schemas,
  showProblemAtFields,
  TitleBar,
  useChoices,
  useUrlFilters,
} from './warehouse-common';

type CountSummary = Schemas['CountSummaryDto'];
type Count = Schemas['CountDto'];
type ReportLine = Schemas['CountReportLineDto'];
const STATUS_COLOR: Record<CountStatus, string> = {
  open: 'processing',
  completed: 'success',
  completed_with_discrepancies: 'warning',
};
const FILTERS = ['status'] as const;

/** Stock counts (盘点): the list, opening one, and each count with its close and difference report. */
export default function CountsPage({ entry }: PageProps) {
  return (
    <Routes>
      <Route index element={<CountList entry={entry} />} />
      <Route path=":id" element={<CountDetail entry={entry} />} />
    </Routes>
  );
}

function scanStationUrl(id: string): string {
  return `/warehouse/scan?${new URLSearchParams({ mode: 'count', count: id })}`;
}

function StatusTag({ status }: { status: CountStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(COUNT_STATUS_LABEL[status])}</Tag>;
}

function Scope({ count }: { count: Pick<CountSummary, 'location' | 'item'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {count.location ? <span className="wh-code">{count.location}</span> : t('warehouse.counts.everyLocation')}
      {count.item && (
        <>
          <Typography.Text type="secondary">·</Typography.Text>
          <span className="wh-code">{count.item}</span>
        </>
      )}
    </Space>
  );
}

function CountList({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const status = filters.status as CountStatus | undefined;
  const list = useCursorList(['warehouse', 'counts', status], async (cursor, signal) =>
    unwrap(await api.GET('/api/v1/stock/counts', { params: { query: { status, limit: PAGE_SIZE, cursor } }, signal })),
  );
  const [opening, setOpening] = useState(false);

  return (
    <>
      <TitleBar entry={entry} action="warehouse.counts.open" onAction={() => setOpening(true)} />
      <FilterBar
        fields={[
          {
            name: 'status',
            label: 'warehouse.counts.status',
            kind: 'select',
            width: 200,
            options: labelOptions(COUNT_STATUS_LABEL, t),
          },
        ]}
        values={filters}
        onApply={setFilters}
      />
      <PagedTable<CountSummary>
        rowKey="id"
        list={list}
        empty="warehouse.counts.empty"
        columns={[
          {
            key: 'createdAt',
            title: t('warehouse.counts.openedAt'),
            width: 160,
            render: (_, c) => <Link to={c.id}>{formatDateTime(c.createdAt, language)}</Link>,
          },
          { key: 'scope', title: t('warehouse.counts.scope'), width: 170, render: (_, c) => <Scope count={c} /> },
          {
            key: 'status',
            title: t('warehouse.counts.status'),
            width: 150,
            render: (_, c) => <StatusTag status={c.status} />,
          },
          numberColumn('scans', t('warehouse.counts.scans'), (c) => formatQuantity(c.scans, language), 90),
          {
            key: 'net',
            title: t('warehouse.counts.net'),
            ...NUMBER_COLUMN,
            render: (_, c) =>
              c.totals ? <Signed value={c.totals.net} text={formatQuantity(c.totals.net, language)} /> : '',
          },
          {
            key: 'value',
            title: t('warehouse.counts.value'),
            ...NUMBER_COLUMN,
            width: 130,
            render: (_, c) =>
              c.totals ? <Signed value={c.totals.value} text={formatYuan(c.totals.value, language)} /> : '',
          },
          { key: 'openedBy', title: t('warehouse.counts.openedBy'), width: 100, dataIndex: 'openedBy' },
          {
            key: 'closedAt',
            title: t('warehouse.counts.closedAt'),
            width: 160,
            render: (_, c) => (c.closedAt ? formatDateTime(c.closedAt, language) : ''),
          },
        ]}
      />
      {opening && <OpenCountForm onClose={() => setOpening(false)} />}
    </>
  );
}

function Signed({ value, text }: { value: number; text: string }) {
  const className = value < 0 ? 'wh-num wh-negative' : value > 0 ? 'wh-num wh-positive' : 'wh-num';
  return <span className={className}>{value > 0 ? `+${text}` : text}</span>;
}

type OpenFields = { location?: string; item?: string };

/** Opens a count of a location (all its items, or one), or of one item in every location. */
function OpenCountForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [form] = Form.useForm<OpenFields>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const items = useChoices('items', language);
  const locations = useChoices('locations', language);
  const [elsewhere, setElsewhere] = useState<string[]>([]);
  const open = useMutation({
    mutationFn: async (fields: OpenFields) =>
      unwrap(await api.POST('/api/v1/stock/counts', { body: { location: fields.location, item: fields.item } })),
    onSuccess: async (count) => {
      await queryClient.invalidateQueries({ queryKey: ['warehouse', 'counts'] });
      onClose();
      void navigate(count.id);
    },
    onError: (error) => setElsewhere(showProblemAtFields(form, error, formHas(['location', 'item']), t)),
  });
  return (
    <FormModal
      form={form}
      title={t('warehouse.counts.open')}
      okText="warehouse.counts.openOk"
      hint="warehouse.counts.openHint"
      elsewhere={elsewhere}
      pending={open.isPending}
      onClose={onClose}
    >
      <Form<OpenFields>
        name="count"
        form={form}
        layout="vertical"
        onFinish={(fields) => {
          if (!fields.location && !fields.item) {
            form.setFields([{ name: 'location', errors: [t('warehouse.counts.nameOne')] }]);
            return;
          }
          setElsewhere([]);
          open.mutate(fields);
        }}
      >
        <Form.Item name="location" label={t('warehouse.field.location')}>
          <Select
            showSearch
            allowClear
            loading={locations.isLoading}
            options={locations.data}
            placeholder={t('warehouse.counts.everyLocation')}
            optionFilterProp="label"
          />
        </Form.Item>
        <Form.Item name="item" label={t('warehouse.field.item')}>
          <Select
            showSearch
            allowClear
            loading={items.isLoading}
            options={items.data}
            placeholder={t('warehouse.counts.everyItem')}
            optionFilterProp="label"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

function CountDetail({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const count = useQuery({
    queryKey: ['warehouse', 'count', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/stock/counts/{id}', { params: { path: { id } }, signal })),
  });
  const close = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/stock/counts/{id}/close', { params: { path: { id } } })),
    onSuccess: async (closed) => {
      queryClient.setQueryData(['warehouse', 'count', id], closed);
      await queryClient.invalidateQueries({ queryKey: ['warehouse', 'counts'] });
    },
    // closed meanwhile (another screen): show it as it is now, with its report
    onError: () => queryClient.invalidateQueries({ queryKey: ['warehouse', 'count', id] }),
  });
  const c: Count | undefined = count.data;

  return (
    <>
      <div className="wh-back">
        <Link to="..">{t('warehouse.counts.back')}</Link>
      </div>
      <PageTitle entry={entry} />
      {count.error && <ProblemAlert error={count.error} />}
      {c && (
        <>
          <div className="wh-toolbar wh-section">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                { key: 'scope', label: t('warehouse.counts.scope'), children: <Scope count={c} /> },
                { key: 'status', label: t('warehouse.counts.status'), children: <StatusTag status={c.status} /> },
                { key: 'openedBy', label: t('warehouse.counts.openedBy'), children: c.openedBy ?? '' },
                {
                  key: 'openedAt',
                  label: t('warehouse.counts.openedAt'),
                  children: formatDateTime(String(c.createdAt), language),
                },
                {
                  key: 'closedAt',
                  label: t('warehouse.counts.closedAt'),
                  children: c.closedAt ? formatDateTime(String(c.closedAt), language) : '—',
                },
                { key: 'closedBy', label: t('warehouse.counts.closedBy'), children: c.closedBy ?? '—' },
              ]}
            />
            {c.status === 'open' && !entry.readOnly && (
              <Space>
                <Button onClick={() => void navigate(scanStationUrl(c.id))}>{t('warehouse.counts.scan')}</Button>
                <Popconfirm
                  title={t('warehouse.counts.closeConfirm')}
                  description={t('warehouse.counts.closeHint')}
                  okText={t('warehouse.counts.close')}
                  cancelText={t('warehouse.cancel')}
                  onConfirm={() => close.mutate()}
                >
                  <Button type="primary" danger loading={close.isPending}>
                    {t('warehouse.counts.close')}
                  </Button>
                </Popconfirm>
              </Space>
            )}
          </div>
          {close.error && <Alert type="error" showIcon title={refusalText(close.error, t)} className="wh-filters" />}
          {c.report ? <Report report={c.report} /> : <Counted count={c} />}
        </>
      )}
    </>
  );
}

/** While open: what was scanned so far, never what the books hold (the count is blind). */
function Counted({ count }: { count: Count }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="wh-section">
      <Typography.Title level={5}>{t('warehouse.counts.countedSoFar')}</Typography.Title>
      <ListTable<Schemas['CountedDto']>
        rowKey={(r) => `${r.location} ${r.item} ${r.lot}`}
        dataSource={count.counted}
        empty="warehouse.counts.noScans"
        columns={[
          codeColumn('location', t('warehouse.field.locationCode'), (r) => r.location, 120),
          codeColumn('item', t('warehouse.field.itemCode'), (r) => r.item),
          codeColumn('lot', t('warehouse.field.lot'), (r) => r.lot, 130),
          numberColumn('quantity', t('warehouse.counts.counted'), (r) => formatQuantity(r.quantity, language)),
        ]}
      />
    </div>
  );
}

/** Once closed: expected (the books when counted) against counted, per location, item and lot. */
function Report({ report }: { report: Schemas['CountReportDto'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const differences = report.lines.filter((l) => l.difference !== 0).length;
  return (
    <div className="wh-section">
      <Typography.Title level={4}>{t('warehouse.counts.report')}</Typography.Title>
      <Space size="large" wrap className="wh-filters">
        <Statistic title={t('warehouse.counts.lines')} value={report.lines.length} />
        <Statistic title={t('warehouse.counts.differences')} value={differences} />
        <Statistic title={t('warehouse.counts.gain')} value={formatQuantity(report.totals.gain, language)} />
        <Statistic title={t('warehouse.counts.loss')} value={formatQuantity(report.totals.loss, language)} />
        <Statistic title={t('warehouse.counts.value')} value={formatYuan(report.totals.value, language)} />
        <Statistic title={t('warehouse.counts.adjustments')} value={report.adjustments} />
      </Space>
      <ListTable<ReportLine>
        rowKey={(r) => `${r.location} ${r.item} ${r.lot}`}
        dataSource={report.lines}
        className="wh-report"
        rowClassName={(r) => (r.difference !== 0 ? 'wh-report-difference' : '')}
        empty="warehouse.counts.noLines"
        columns={[
          codeColumn('location', t('warehouse.field.locationCode'), (r) => r.location, 120),
          codeColumn('item', t('warehouse.field.itemCode'), (r) => r.item),
          codeColumn('lot', t('warehouse.field.lot'), (r) => r.lot, 130),
          numberColumn('expected', t('warehouse.counts.expected'), (r) => formatQuantity(r.expected, language)),
          numberColumn('counted', t('warehouse.counts.counted'), (r) => formatQuantity(r.counted, language)),
          {
            key: 'difference',
            title: t('warehouse.counts.difference'),
            ...NUMBER_COLUMN,
            render: (_, r) => <Signed value={r.difference} text={formatQuantity(r.difference, language)} />,
          },
          {
            key: 'value',
            title: t('warehouse.counts.value'),
            ...NUMBER_COLUMN,
            width: 130,
            render: (_, r) => <Signed value={r.value} text={formatYuan(r.value, language)} />,
          },
        ]}
      />
    </div>
  );
}
