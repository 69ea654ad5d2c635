import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Progress, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../i18n/format';
import { currentLanguage, type Language } from '../../i18n/i18n';
import { useAuth } from '../../auth/auth';
import { canScan, type MessageKey } from '../../shell/menu';
import { useCursorList } from '../cursor-list';
import type { PageProps } from '../page-props';
import { type MaterialUnit, UNITS as MATERIAL_UNITS } from '../materials/material-form';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import { requirementQuantity } from '../split-runs/material-text';
import {
  codeColumn,
  FilterBar,
  formatQuantity,
  formHas,
  FormModal,
  labelOptions,
  ListTable,
  NUMBER_COLUMN,
  numberColumn,
  PAGE_SIZE,
  PagedTable,
  PICK_STATUS_LABEL,
  type PickListStatus,
  type Schemas,
  showProblemAtFields,
  TitleBar,
  UNIT_LABEL,
  useUrlFilters,
} from './warehouse-common';
import { choiceMatches, useRunChoices } from './run-choices';

type PickListSummary = Schemas['PickListSummaryDto'];
type PickLine = Schemas['PickLineDto'];
const FILTERS = ['status', 'splitRun'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Pick lists (领料单) for split runs: the list, making one for a run, and each list's lines. */
export default function PickListsPage({ entry }: PageProps) {
  return (
    <Routes>
      <Route index element={<PickListList entry={entry} />} />
      <Route path=":id" element={<PickListDetail entry={entry} />} />
    </Routes>
  );
}

/** A run's need in its material's unit as the language says it (16.6 m², 12 套); a unit it does not know, as coded. */
function materialQuantity(
  quantity: number,
  unit: string,
  language: Language,
  t: (key: MessageKey, values?: Record<string, unknown>) => string,
): string {
  if (!MATERIAL_UNITS.includes(unit as MaterialUnit)) return `${formatQuantity(quantity, language)} ${unit}`;
  const said = requirementQuantity(quantity, unit as MaterialUnit, language);
  return t(said.key, said.params);
}

function scanStationUrl(id: string): string {
  return `/warehouse/scan?${new URLSearchParams({ mode: 'issue', pickList: id })}`;
}

function StatusTag({ status }: { status: PickListStatus }) {
  const { t } = useTranslation();
  return <Tag color={status === 'complete' ? 'success' : 'processing'}>{t(PICK_STATUS_LABEL[status])}</Tag>;
}

/** A run id is long: its first block is what people read out, the whole id is in the tooltip. */
function RunId({ id }: { id: string }) {
  return (
    <span className="wh-code" title={id}>
      {id.slice(0, 8)}
    </span>
  );
}

function PickListList({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const query = {
    status: filters.status as PickListStatus | undefined,
    splitRun: filters.splitRun && UUID.test(filters.splitRun) ? filters.splitRun : undefined,
  };
  const list = useCursorList(['warehouse', 'pick-lists', query], async (cursor, signal) =>
    unwrap(
      await api.GET('/api/v1/stock/pick-lists', { params: { query: { ...query, limit: PAGE_SIZE, cursor } }, signal }),
    ),
  );
  const [creating, setCreating] = useState(false);

  return (
    <>
      <TitleBar entry={entry} action="warehouse.pickLists.new" onAction={() => setCreating(true)} />
      <FilterBar
        fields={[
          {
            name: 'status',
            label: 'warehouse.pickLists.status',
            kind: 'select',
            width: 130,
            options: labelOptions(PICK_STATUS_LABEL, t),
          },
          { name: 'splitRun', label: 'warehouse.pickLists.splitRun', width: 320 },
        ]}
        values={filters}
        onApply={setFilters}
      />
      {filters.splitRun && !query.splitRun && (
        <Alert type="warning" showIcon title={t('warehouse.pickLists.badRunId')} className="wh-filters" />
      )}
      <PagedTable<PickListSummary>
        rowKey="id"
        list={list}
        empty="warehouse.pickLists.empty"
        columns={[
          {
            key: 'createdAt',
            title: t('warehouse.pickLists.createdAt'),
            width: 170,
            render: (_, l) => <Link to={l.id}>{formatDateTime(l.createdAt, language)}</Link>,
          },
          {
            key: 'run',
            title: t('warehouse.pickLists.splitRun'),
            width: 110,
            render: (_, l) => <RunId id={l.splitRunId} />,
          },
          {
            key: 'status',
            title: t('warehouse.pickLists.status'),
            width: 100,
            render: (_, l) => <StatusTag status={l.status} />,
          },
          {
            key: 'progress',
            title: t('warehouse.pickLists.progress'),
            width: 220,
            render: (_, l) => (
              <Progress
                percent={l.lines === 0 ? 100 : Math.round((100 * l.linesPicked) / l.lines)}
                size="small"
                format={() => t('warehouse.pickLists.linesPicked', { picked: l.linesPicked, lines: l.lines })}
              />
            ),
          },
          {
            key: 'shortage',
            title: t('warehouse.pickLists.shortageLines'),
            ...NUMBER_COLUMN,
            render: (_, l) =>
              l.shortageLines > 0 ? <Tag color="error">{formatQuantity(l.shortageLines, language)}</Tag> : '',
          },
          { key: 'createdBy', title: t('warehouse.pickLists.createdBy'), width: 110, dataIndex: 'createdBy' },
        ]}
      />
      {creating && <CreatePickListForm onClose={() => setCreating(false)} />}
    </>
  );
}

type CreateFields = { splitRun: string };

/** Makes the pick list of a succeeded split run, chosen from the recent ones or found by its order number. */
function CreatePickListForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [form] = Form.useForm<CreateFields>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [elsewhere, setElsewhere] = useState<string[]>([]);
  const [runSearch, setRunSearch] = useState('');
  const runs = useRunChoices(language, runSearch);
  const create = useMutation({
    mutationFn: async (fields: CreateFields) =>
      unwrap(await api.POST('/api/v1/stock/pick-lists', { body: { splitRun: fields.splitRun.trim() } })),
    onSuccess: async (list) => {
      // only the answer to the create names the run's materials no item carries: keep it for the list's page
      queryClient.setQueryData(['warehouse', 'pick-list', list.id], list);
      await queryClient.invalidateQueries({ queryKey: ['warehouse', 'pick-lists'] });
      onClose();
      void navigate(list.id);
    },
    onError: (error) => setElsewhere(showProblemAtFields(form, error, formHas(['splitRun']), t)),
  });
  return (
    <FormModal
      form={form}
      title={t('warehouse.pickLists.new')}
      okText="warehouse.pickLists.create"
      hint="warehouse.pickLists.newHint"
      elsewhere={elsewhere}
      pending={create.isPending}
      width={620}
      onClose={onClose}
    >
      <Form<CreateFields>
        name="pickList"
        form={form}
        layout="vertical"
        onFinish={(fields) => {
          setElsewhere([]);
          create.mutate(fields);
        }}
      >
        <Form.Item
          name="splitRun"
          label={t('warehouse.pickLists.splitRun')}
          rules={[{ required: true, message: t('warehouse.required') }]}
        >
          <Select
            showSearch
            loading={runs.loading}
            options={runs.options}
            filterOption={choiceMatches}
            onSearch={setRunSearch}
            notFoundContent={t('warehouse.pickLists.noRuns')}
            className="wh-code"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

function PickListDetail({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  // a planner makes pick lists but does not issue stock: the scan station is the stores'
  const { session } = useAuth();
  const list = useQuery({
    queryKey: ['warehouse', 'pick-list', id],
    staleTime: 60_000,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/stock/pick-lists/{id}', { params: { path: { id } }, signal })),
  });
  const p = list.data;
  const lines = p?.lines ?? [];
  const quantity = (value: number, line: PickLine) => formatQuantity(value, language, line.unit, t);

  return (
    <>
      <div className="wh-back">
        <Link to="..">{t('warehouse.pickLists.back')}</Link>
      </div>
      <PageTitle entry={entry} />
      {list.error && <ProblemAlert error={list.error} />}
      {p && (
        <>
          <div className="wh-toolbar wh-section">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                {
                  key: 'run',
                  label: t('warehouse.pickLists.splitRun'),
                  children: <span className="wh-code">{p.splitRunId}</span>,
                },
                { key: 'status', label: t('warehouse.pickLists.status'), children: <StatusTag status={p.status} /> },
                { key: 'createdBy', label: t('warehouse.pickLists.createdBy'), children: p.createdBy ?? '' },
                {
                  key: 'createdAt',
                  label: t('warehouse.pickLists.createdAt'),
                  children: formatDateTime(String(p.createdAt), language),
                },
              ]}
            />
            {p.status === 'open' && !entry.readOnly && canScan(session?.user.roles ?? []) && (
              <Button type="primary" onClick={() => void navigate(scanStationUrl(p.id))}>
                {t('warehouse.pickLists.issue')}
              </Button>
            )}
          </div>
          <ListTable<PickLine>
            rowKey="seq"
            dataSource={lines}
            empty="warehouse.pickLists.noLines"
            columns={[
              { key: 'seq', title: '#', width: 50, align: 'right', dataIndex: 'seq' },
              {
                key: 'location',
                title: t('warehouse.field.locationCode'),
                width: 120,
                render: (_, l) =>
                  l.location ? (
                    <span className="wh-code">{l.location}</span>
                  ) : (
                    <Tag color="error">{t('warehouse.pickLists.short')}</Tag>
                  ),
              },
              codeColumn('item', t('warehouse.field.itemCode'), (l) => l.item),
              {
                key: 'itemName',
                title: t('warehouse.field.itemName'),
                render: (_, l) => (language === 'en' ? l.itemNameEn : l.itemName),
              },
              codeColumn('lot', t('warehouse.field.lot'), (l) => l.lot, 120),
              { key: 'unit', title: t('warehouse.pickLists.unit'), width: 80, render: (_, l) => t(UNIT_LABEL[l.unit]) },
              numberColumn('quantity', t('warehouse.pickLists.needed'), (l) => quantity(l.quantity, l)),
              numberColumn('picked', t('warehouse.pickLists.picked'), (l) => quantity(l.picked, l)),
              {
                key: 'remaining',
                title: t('warehouse.pickLists.remaining'),
                ...NUMBER_COLUMN,
                render: (_, l) =>
                  l.remaining > 0 ? (
                    <strong className="wh-num">{quantity(l.remaining, l)}</strong>
                  ) : (
                    <Tag color="success">{t('warehouse.pickStatus.complete')}</Tag>
                  ),
              },
              {
                key: 'over',
                title: <span title={t('warehouse.pickLists.overHint')}>{t('warehouse.pickLists.over')}</span>,
                ...NUMBER_COLUMN,
                render: (_, l) =>
                  l.overPicked > 0 ? (
                    <Tag color="warning" data-testid="pick-line-over">
                      +{quantity(l.overPicked, l)}
                    </Tag>
                  ) : (
                    ''
                  ),
              },
            ]}
          />
          {p.unlisted.length > 0 && (
            <Alert
              type="warning"
              showIcon
              className="wh-section"
              data-testid="pick-list-unlisted"
              title={t('warehouse.pickLists.unlisted')}
              description={
                <ul className="wh-unlisted">
                  {p.unlisted.map((u) => (
                    <li key={u.material}>
                      {u.reason === 'no_item'
                        ? t('warehouse.pickLists.unlistedNoItem', { material: u.material })
                        : t('warehouse.pickLists.unlistedUnit', {
                            material: u.material,
                            quantity: materialQuantity(u.quantity, u.unit, language, t),
                            itemUnit:
                              u.itemUnit && u.itemUnit in UNIT_LABEL
                                ? t(UNIT_LABEL[u.itemUnit as keyof typeof UNIT_LABEL])
                                : (u.itemUnit ?? ''),
                          })}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
        </>
      )}
    </>
  );
}
