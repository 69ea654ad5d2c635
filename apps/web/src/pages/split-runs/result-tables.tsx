import { useQueries, useQuery } from '@tanstack/react-query';
import { Progress, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../../../../clients/typescript/schema';
import { formatMm, formatNumber } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { CursorTable, useCursorList } from '../cursor-list';
import { ProblemAlert } from '../problem-alert';
import {
  CUT_KIND_LABEL,
  GRAIN_LABEL,
  handingLabel,
  LEAF_LABEL,
  PACKAGE_GROUP_LABEL,
  processLabel,
} from '../part-labels';
import { useProcesses } from '../processes/process-queries';
import { contentsText, edgeBandingText, endCutsText, featureText, listSeparator, packageLeaf } from './part-words';
import { requirementQuantity } from './material-text';
import { formatPercent } from './run-text';
import { useRunMaterials } from './split-run-queries';
import type { MessageKey } from '../../shell/menu';

type Part = components['schemas']['SplitPartDto'];
type DoorPackage = components['schemas']['DoorPackageDto'];
type OrderPackage = components['schemas']['OrderPackageViewDto'];
type Material = components['schemas']['MaterialRequirementDto'];
type WorkOrder = components['schemas']['WorkOrderDto'];

const PAGE_SIZE = 100;

/** The factory's own names of its processes (养生, 组框…), in the screen's language, for routes and work orders. */
function useProcessNames(): ReadonlyMap<string, string> | undefined {
  const language = currentLanguage();
  const processes = useProcesses({ all: true });
  if (!processes.data) return undefined;
  return new Map(processes.data.map((p) => [p.code, language === 'en' ? p.nameEn : p.nameZh]));
}

/** The parts the split gave, a page at a time (the api's cursor), in split order. */
export function PartsTable({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const processNames = useProcessNames();
  const parts = useCursorList(
    ['split-run', runId, 'parts'],
    async (cursor, signal) =>
      unwrap(
        await api.GET('/api/v1/split-runs/{id}/parts', {
          params: { path: { id: runId }, query: { limit: PAGE_SIZE, cursor } },
          signal,
        }),
      ),
    { staleTime: Infinity },
  );
  return (
    <>
      <CursorTable<Part>
        list={parts}
        moreLabel="splitRuns.more"
        moreClassName="split-more"
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'ref', title: t('splitRuns.parts.ref'), dataIndex: 'ref' },
          { key: 'component', title: t('splitRuns.parts.component'), dataIndex: 'component' },
          { key: 'material', title: t('splitRuns.parts.material'), dataIndex: 'material' },
          {
            key: 'size',
            title: t('splitRuns.parts.size'),
            align: 'right',
            // a part that is not cut (hinges, locks) has no size to show
            render: (_, p) =>
              p.length === 0 && p.width === 0 && p.thickness === 0
                ? ''
                : `${formatNumber(p.length, language)} × ${formatNumber(p.width, language)} × ${formatMm(p.thickness, language)}`,
          },
          {
            key: 'quantity',
            title: t('splitRuns.parts.quantity'),
            align: 'right',
            render: (_, p) => formatNumber(p.quantity, language),
          },
          { key: 'handing', title: t('splitRuns.parts.handing'), render: (_, p) => handingLabel(p.handing, t) },
          { key: 'leaf', title: t('splitRuns.parts.leaf'), render: (_, p) => (p.leaf ? t(LEAF_LABEL[p.leaf]) : '') },
          { key: 'endCuts', title: t('splitRuns.parts.endCuts'), render: (_, p) => endCutsText(p.endCuts, t) },
          {
            key: 'edgeBanding',
            title: t('splitRuns.parts.edgeBanding'),
            render: (_, p) => edgeBandingText(p.edgeBanding),
          },
          {
            key: 'features',
            title: t('splitRuns.parts.features'),
            render: (_, p) => p.features.map((f) => featureText(f, t)).join(listSeparator(language)),
          },
          { key: 'cutKind', title: t('splitRuns.parts.cutKind'), render: (_, p) => t(CUT_KIND_LABEL[p.cutKind]) },
          { key: 'grain', title: t('splitRuns.parts.grain'), render: (_, p) => t(GRAIN_LABEL[p.grain]) },
          {
            key: 'route',
            title: t('splitRuns.parts.route'),
            render: (_, p) => p.route.map((code) => processLabel(code, t, processNames)).join(' → '),
          },
          {
            key: 'package',
            title: t('splitRuns.parts.package'),
            render: (_, p) => t(PACKAGE_GROUP_LABEL[p.packageGroup]),
          },
        ]}
      />
    </>
  );
}

/** What each material needs and how well its stock is used. */
export function MaterialsTable({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const materials = useRunMaterials(runId);
  return (
    <>
      {materials.error && <ProblemAlert error={materials.error} />}
      <Table<Material>
        rowKey="material"
        size="small"
        dataSource={materials.data ?? []}
        loading={materials.isFetching}
        pagination={false}
        columns={[
          { key: 'material', title: t('splitRuns.materials.material'), dataIndex: 'material' },
          { key: 'cutKind', title: t('splitRuns.materials.cutKind'), render: (_, m) => t(CUT_KIND_LABEL[m.cutKind]) },
          {
            key: 'pieces',
            title: t('splitRuns.materials.pieces'),
            align: 'right',
            render: (_, m) => formatNumber(m.pieces, language),
          },
          {
            key: 'quantity',
            title: t('splitRuns.materials.need'),
            align: 'right',
            render: (_, m) => {
              const said = requirementQuantity(m.quantity, m.unit, language);
              return t(said.key, said.params);
            },
          },
          {
            key: 'version',
            title: t('splitRuns.materials.version'),
            align: 'right',
            // a material nobody set up has no version (the api says pcs and null)
            render: (_, m) => (m.version === null ? '–' : t('splitRuns.materials.versionValue', { value: m.version })),
          },
          {
            key: 'stockUsed',
            title: t('splitRuns.materials.stockUsed'),
            align: 'right',
            render: (_, m) =>
              m.cutKind === 'none'
                ? '–'
                : t(m.cutKind === 'sheet' ? 'splitRuns.materials.sheets' : 'splitRuns.materials.bars', {
                    value: formatNumber(m.stockUsed, language),
                  }),
          },
          {
            key: 'yield',
            title: t('splitRuns.materials.yield'),
            width: 220,
            render: (_, m) =>
              m.yield === null ? (
                <Typography.Text type="secondary">{t('splitRuns.materials.notCut')}</Typography.Text>
              ) : (
                <Progress
                  percent={round(m.yield * 100, 1)}
                  size="small"
                  status="normal"
                  format={() => formatPercent(m.yield ?? 0, language)}
                />
              ),
          },
        ]}
      />
    </>
  );
}

/** One work order per process, in shop order, each listing the parts it makes. */
export function WorkOrdersTable({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const processNames = useProcessNames();
  const orders = useQuery({
    queryKey: ['split-run', runId, 'work-orders'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/split-runs/{id}/work-orders', { params: { path: { id: runId } }, signal })),
    staleTime: Infinity,
  });
  return (
    <>
      {orders.error && <ProblemAlert error={orders.error} />}
      <Table<WorkOrder>
        rowKey="id"
        size="small"
        dataSource={orders.data ?? []}
        loading={orders.isFetching}
        pagination={false}
        expandable={{
          expandedRowRender: (w) => (
            <Space size={[4, 4]} wrap>
              {w.parts.map((p) => (
                <Tag key={p.ref}>
                  {p.ref} × {formatNumber(p.quantity, language)}
                </Tag>
              ))}
            </Space>
          ),
        }}
        columns={[
          { key: 'sequence', title: t('splitRuns.workOrders.sequence'), dataIndex: 'sequence', width: 80 },
          {
            key: 'process',
            title: t('splitRuns.workOrders.process'),
            render: (_, w) => processLabel(w.process, t, processNames),
          },
          { key: 'number', title: t('splitRuns.workOrders.number'), dataIndex: 'number' },
          {
            key: 'pieces',
            title: t('splitRuns.workOrders.pieces'),
            align: 'right',
            render: (_, w) => formatNumber(w.pieces, language),
          },
          {
            key: 'parts',
            title: t('splitRuns.workOrders.parts'),
            align: 'right',
            render: (_, w) => formatNumber(w.parts.length, language),
          },
        ]}
      />
    </>
  );
}

/**
 * The packages each door ships in (k of n; a pair or 子母门 one per leaf), with their barcodes, handing and what
 * the packer puts in; the parts inside open under the row.
 */
export function PackagesTable({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const packages = useCursorList(
    ['split-run', runId, 'packages'],
    async (cursor, signal) =>
      unwrap(
        await api.GET('/api/v1/split-runs/{id}/packages', {
          params: { path: { id: runId }, query: { limit: PAGE_SIZE, cursor } },
          signal,
        }),
      ),
    { staleTime: Infinity },
  );
  const states = usePackingStates([...new Set(packages.rows.map((p) => p.orderId))]);
  return (
    <>
      <CursorTable<DoorPackage>
        list={packages}
        moreLabel="splitRuns.more"
        moreClassName="split-more"
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (p) => (
            <Space size={[4, 4]} wrap aria-label={t('splitRuns.packages.partsOf', { barcode: p.barcode })}>
              {p.parts.map((part) => (
                <Tag key={part.component}>
                  {part.component} × {formatNumber(part.quantity, language)}
                </Tag>
              ))}
            </Space>
          ),
          rowExpandable: (p) => p.parts.length > 0,
        }}
        columns={[
          { key: 'barcode', title: t('splitRuns.packages.barcode'), dataIndex: 'barcode' },
          {
            key: 'group',
            title: t('splitRuns.packages.group'),
            render: (_, p) => t(PACKAGE_GROUP_LABEL[p.packageGroup]),
          },
          {
            key: 'kOfN',
            title: t('splitRuns.packages.kOfN'),
            render: (_, p) => t('splitRuns.packages.kOfNValue', { k: p.k, n: p.n }),
          },
          { key: 'door', title: t('splitRuns.packages.door'), render: (_, p) => formatNumber(p.doorNo, language) },
          {
            key: 'leaf',
            title: t('splitRuns.packages.leaf'),
            render: (_, p) => {
              const leaf = packageLeaf(p);
              return leaf ? t(leaf.key, leaf.params) : '';
            },
          },
          { key: 'handing', title: t('splitRuns.packages.handing'), render: (_, p) => handingLabel(p.handing, t) },
          {
            key: 'contents',
            title: t('splitRuns.packages.contents'),
            render: (_, p) => contentsText(p.contents, language),
          },
          {
            key: 'status',
            title: t('splitRuns.packages.status'),
            // packing keeps the state (door_package.status stays 'created'): read from the order's packages;
            // a package packing does not know (a replaced run) or not read yet says nothing rather than a guess
            render: (_, p) => {
              const state = states.get(p.barcode);
              return state ? t(PACKING_STATE_LABEL[state]) : '—';
            },
          },
        ]}
      />
    </>
  );
}

const PACKING_STATE_LABEL = {
  created: 'splitRuns.packages.created',
  packed: 'splitRuns.packages.packed',
  loaded: 'splitRuns.packages.loaded',
} as const satisfies Record<OrderPackage['status'], MessageKey>;

/** Each package's packing state by code, as packing answers for the orders' packages (GET /orders/{order}/packages). */
function usePackingStates(orderIds: string[]): Map<string, OrderPackage['status']> {
  const answers = useQueries({
    queries: orderIds.map((order) => ({
      queryKey: ['orders', order, 'packages'],
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        unwrap(await api.GET('/api/v1/orders/{order}/packages', { params: { path: { order } }, signal })),
      staleTime: 30_000,
    })),
  });
  return new Map(answers.flatMap((a) => (a.data ?? []).map((p) => [p.code, p.status] as const)));
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
