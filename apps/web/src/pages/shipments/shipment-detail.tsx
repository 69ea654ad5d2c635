import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../auth/auth';
import type { MessageKey } from '../../i18n/catalogues';
import { formatDateTime } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { menuFor } from '../../shell/menu';
import { STATUS_COLOR, STATUS_LABEL, type OrderStatus } from '../orders/order-types';
import { storeShipment } from '../packing-station/packing-api';
import type { PageProps } from '../page-props';
import { ProblemAlert } from '../problem-alert';
import { saveBlob } from '../split-runs/download';
import { LoadedBar } from './shipment-list';
import { ShipmentStatusTag } from './shipment-status';
import {
  cancelShipment,
  loadManifest,
  loadShipment,
  manifestPdf,
  type Manifest,
  type ManifestPackage,
  type MissingPackage,
  type ShipmentOrder,
} from './shipments-api';

/** An order's status as the orders screen shows it (the api answers it as a plain string). */
function OrderStatusText({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = status in STATUS_LABEL ? (status as OrderStatus) : null;
  return known ? <Tag color={STATUS_COLOR[known]}>{t(STATUS_LABEL[known])}</Tag> : <Tag>{status}</Tag>;
}

/**
 * One shipment: the truck, its orders by stop with what is loaded of each, the packages still missing, and its
 * manifest (装车清单: what was loaded, when and by whom) as a table and as the PDF to print.
 */
export function ShipmentDetail({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const { session } = useAuth();
  const { id = '' } = useParams();
  const shipment = useQuery({ queryKey: ['shipment', id], queryFn: ({ signal }) => loadShipment(id, signal) });
  const manifest = useQuery({
    queryKey: ['shipment', id, 'manifest'],
    queryFn: ({ signal }) => loadManifest(id, signal),
  });
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => cancelShipment(id),
    onSuccess: (cancelled) => {
      queryClient.setQueryData(['shipment', id], cancelled);
      void queryClient.invalidateQueries({ queryKey: ['shipments'] });
    },
    // loaded meanwhile at the dock (409): show it as it is now
    onError: () => void queryClient.invalidateQueries({ queryKey: ['shipment', id] }),
  });
  const [pdfError, setPdfError] = useState<Error | null>(null);
  const [pdfBusy, setPdfBusy] = useState(false);
  // the loading station is the packers' (and the admin's) screen
  const loads = menuFor(session?.user.roles ?? []).some((e) => e.path === '/packing/loading' && !e.readOnly);

  const printManifest = async (number: string) => {
    setPdfBusy(true);
    setPdfError(null);
    try {
      saveBlob(await manifestPdf(id), `${t('shipments.manifestFile')}-${number}.pdf`);
    } catch (error) {
      setPdfError(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setPdfBusy(false);
    }
  };
  const goLoad = () => {
    // the loading station opens the shipment its device loaded last: this one
    if (session) storeShipment({ factory: session.user.factory.id, user: session.user.id }, id);
    void navigate('/packing/loading');
  };

  const s = shipment.data;
  return (
    <>
      <Space direction="vertical" size={0}>
        <Link to={entry.path}>{t('shipments.backToList')}</Link>
        <Space align="baseline">
          <Typography.Title level={3}>{t('shipments.detailTitle', { number: s?.number ?? '' })}</Typography.Title>
          {s && <ShipmentStatusTag shipment={s} />}
        </Space>
      </Space>
      {shipment.error && <ProblemAlert error={shipment.error} />}
      {shipment.isPending && <Spin description={t('page.loading')} />}
      {s && (
        <>
          <Flex gap="large" wrap align="start" justify="space-between" className="shipments-facts">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2, xl: 3 }}
              items={[
                { key: 'vehicle', label: t('shipments.vehicle'), children: s.vehicle },
                { key: 'driver', label: t('shipments.driver'), children: s.driver ?? '—' },
                {
                  key: 'loaded',
                  label: t('shipments.loaded'),
                  children: <LoadedBar loaded={s.loaded} expected={s.expected} />,
                },
                { key: 'createdAt', label: t('shipments.createdAt'), children: formatDateTime(s.createdAt, language) },
                {
                  key: 'closedAt',
                  label: t('shipments.closedAt'),
                  children: s.closedAt ? formatDateTime(s.closedAt, language) : '—',
                },
              ]}
            />
            <Space wrap>
              {s.status === 'open' && loads && (
                <Button type="primary" onClick={goLoad} data-testid="shipment-load">
                  {t('shipments.goLoad')}
                </Button>
              )}
              {s.status === 'open' && s.loaded === 0 && !entry.readOnly && (
                <Popconfirm
                  title={t('shipments.cancelAsk', { number: s.number })}
                  okText={t('shipments.cancel')}
                  cancelText={t('shipments.keep')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => cancel.mutate()}
                >
                  <Button danger loading={cancel.isPending}>
                    {t('shipments.cancel')}
                  </Button>
                </Popconfirm>
              )}
              <Button onClick={() => void printManifest(s.number)} loading={pdfBusy} data-testid="manifest-pdf">
                {t('shipments.printManifest')}
              </Button>
            </Space>
          </Flex>
          {pdfError && <ProblemAlert error={pdfError} />}
          {cancel.error && <ProblemAlert error={cancel.error} />}
          {s.overrideReason !== null && (
            <Alert
              type="warning"
              showIcon
              className="shipments-override"
              title={t('shipments.overrideTitle')}
              description={<OverrideText manifest={manifest.data} reason={s.overrideReason} />}
            />
          )}
          <Typography.Title level={5}>{t('shipments.ordersByStop')}</Typography.Title>
          <Table<ShipmentOrder>
            rowKey="id"
            size="small"
            className="shipments-detail-orders"
            dataSource={s.orders}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { key: 'stop', title: t('shipments.stop'), dataIndex: 'stop', width: 56 },
              {
                key: 'orderNo',
                title: t('shipments.order.orderNo'),
                render: (_, o) => <span className="shipments-code">{o.orderNo}</span>,
              },
              { key: 'customer', title: t('shipments.order.customer'), dataIndex: 'customer' },
              {
                key: 'status',
                title: t('shipments.order.status'),
                render: (_, o) => <OrderStatusText status={o.status} />,
              },
              {
                key: 'packed',
                title: t('shipments.order.packed'),
                align: 'right',
                render: (_, o) => `${o.packed}/${o.expected}`,
              },
              {
                key: 'loaded',
                title: t('shipments.loaded'),
                render: (_, o) => <LoadedBar loaded={o.loaded} expected={o.expected} />,
              },
            ]}
          />
          <MissingPackages missing={s.missing} closed={s.status === 'closed'} />
          <ManifestCard manifest={manifest.data} error={manifest.error} />
        </>
      )}
    </>
  );
}

function OverrideText({ manifest, reason }: { manifest: Manifest | undefined; reason: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const override = manifest?.override;
  return (
    <>
      <div className="shipments-override-reason">{reason}</div>
      {override && (
        <Typography.Text type="secondary">
          {t('shipments.overrideBy', {
            user: override.by.username ?? '—',
            at: formatDateTime(override.at, language),
          })}
        </Typography.Text>
      )}
    </>
  );
}

/** What the shipment still lacks (open), or lacked when a supervisor closed it. */
function MissingPackages({ missing, closed }: { missing: MissingPackage[]; closed: boolean }) {
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  return (
    <>
      <Typography.Title level={5} type="warning" className="shipments-missing-title">
        {t(closed ? 'shipments.missingAtClose' : 'shipments.missing', { count: missing.length })}
      </Typography.Title>
      <Table<MissingPackage>
        rowKey="code"
        size="small"
        className="shipments-missing"
        dataSource={missing}
        pagination={missing.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        columns={[
          { key: 'orderNo', title: t('shipments.order.orderNo'), dataIndex: 'orderNo' },
          { key: 'door', title: t('shipments.door'), render: (_, p) => doorText(t, p) },
          { key: 'k', title: t('shipments.package'), render: (_, p) => `${p.k}/${p.n}` },
          {
            key: 'barcode',
            title: t('shipments.barcode'),
            render: (_, p) => <span className="shipments-code">{p.barcode}</span>,
          },
        ]}
      />
    </>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];
const doorText = (t: Translate, p: { lineNo: number; doorNo: number }) =>
  t('shipments.doorOf', { line: p.lineNo, door: p.doorNo });

const KIND_LABEL: Record<string, MessageKey> = {
  leaf: 'shipments.kind.leaf',
  frame: 'shipments.kind.frame',
  casing: 'shipments.kind.casing',
  hardware: 'shipments.kind.hardware',
  glass: 'shipments.kind.glass',
};

type ManifestRow = ManifestPackage & { orderNo: string; stop: number };

/** The manifest as the PDF prints it: every package loaded, by stop, with when and by whom. */
function ManifestCard({ manifest, error }: { manifest: Manifest | undefined; error: Error | null }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const rows: ManifestRow[] = (manifest?.orders ?? []).flatMap((o) =>
    o.packages.map((p) => ({ ...p, orderNo: o.orderNo, stop: o.stop })),
  );
  return (
    <Card size="small" title={t('shipments.manifest')} className="shipments-manifest">
      {error && <ProblemAlert error={error} />}
      <Table<ManifestRow>
        rowKey="code"
        size="small"
        loading={!manifest && !error}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('shipments.nothingLoaded') }}
        columns={[
          { key: 'stop', title: t('shipments.stop'), dataIndex: 'stop', width: 56 },
          { key: 'orderNo', title: t('shipments.order.orderNo'), dataIndex: 'orderNo' },
          { key: 'door', title: t('shipments.door'), render: (_, p) => doorText(t, p) },
          { key: 'room', title: t('shipments.room'), render: (_, p) => p.room ?? '' },
          { key: 'model', title: t('shipments.model'), dataIndex: 'productCode' },
          { key: 'k', title: t('shipments.package'), render: (_, p) => `${p.k}/${p.n}` },
          {
            key: 'kind',
            title: t('shipments.kind'),
            render: (_, p) => (p.kind in KIND_LABEL ? t(KIND_LABEL[p.kind]) : p.kind),
          },
          {
            key: 'barcode',
            title: t('shipments.barcode'),
            render: (_, p) => <span className="shipments-code">{p.barcode}</span>,
          },
          { key: 'loadedAt', title: t('shipments.loadedAt'), render: (_, p) => formatDateTime(p.loadedAt, language) },
          { key: 'loadedBy', title: t('shipments.loadedBy'), render: (_, p) => p.loadedBy ?? '' },
        ]}
      />
    </Card>
  );
}
