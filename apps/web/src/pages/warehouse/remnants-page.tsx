import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, InputNumber, Select, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatMm } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import { RunRemnantsCard } from './run-remnants-card';
import {
  codeColumn,
  ElsewhereAlert,
  FilterBar,
  formatQuantity,
  formHas,
  ListTable,
  NUMBER_COLUMN,
  numberColumn,
  type Schemas,
  showProblemAtFields,
  useChoices,
  useUrlFilters,
} from './warehouse-common';

type Remnant = Schemas['RemnantStockDto'];
type ReceiveFields = { material: string; length: number; width?: number | null; quantity?: number; location: string };
const FILTERS = ['material'] as const;

/**
 * Remnants (余料): receiving a split run's remnants by run or label; the remnants in stock (of one material, or all)
 * with what split runs hold of them and what the next split may use; receiving one offcut by hand.
 */
export default function RemnantsPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const material = filters.material;
  const remnants = useQuery({
    queryKey: ['warehouse', 'remnants', material],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/stock/remnants', { params: { query: material ? { material } : {} }, signal })),
  });

  return (
    <>
      <PageTitle entry={entry} />
      {!entry.readOnly && <RunRemnantsCard />}
      <div className="wh-toolbar">
        <div style={{ flex: '1 1 520px' }}>
          <Typography.Title level={5}>{t('remnantReceiving.stockTitle')}</Typography.Title>
          <FilterBar
            fields={[{ name: 'material', label: 'warehouse.remnants.material', width: 200 }]}
            values={filters}
            onApply={setFilters}
          />
          {!material && (
            <Typography.Paragraph type="secondary">{t('remnantReceiving.allMaterials')}</Typography.Paragraph>
          )}
          {remnants.error && <ProblemAlert error={remnants.error} />}
          <ListTable<Remnant>
            rowKey="item"
            dataSource={remnants.data?.remnants ?? []}
            loading={remnants.isFetching}
            empty="remnantReceiving.stockEmpty"
            columns={[
              codeColumn('item', t('warehouse.remnants.code'), (r) => r.item, 220),
              codeColumn('material', t('warehouse.remnants.material'), (r) => r.material, 130),
              numberColumn('length', t('warehouse.items.length'), (r) => formatMm(r.length, language)),
              {
                key: 'width',
                title: t('warehouse.items.width'),
                ...NUMBER_COLUMN,
                render: (_, r) => <span className="wh-num">{r.width === null ? '' : formatMm(r.width, language)}</span>,
              },
              numberColumn('quantity', t('remnantReceiving.onHand'), (r) => formatQuantity(r.quantity, language)),
              numberColumn('reserved', t('remnantReceiving.reserved'), (r) => formatQuantity(r.reserved, language)),
              numberColumn('available', t('remnantReceiving.available'), (r) => formatQuantity(r.available, language)),
            ]}
          />
        </div>
        {!entry.readOnly && <ReceiveRemnant material={material} onReceived={(m) => setFilters({ material: m })} />}
      </div>
    </>
  );
}

/** Receives an offcut as stock of its remnant item (made on first receipt, coded from the material and its size). */
function ReceiveRemnant({ material, onReceived }: { material?: string; onReceived: (material: string) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [form] = Form.useForm<ReceiveFields>();
  const queryClient = useQueryClient();
  const items = useChoices('items', language);
  const locations = useChoices('locations', language);
  const [elsewhere, setElsewhere] = useState<string[]>([]);
  // one receipt per filled form: a second press (a double click, a retry after a lost answer) sends the same
  // scanId, which the api only replays; a new one is drawn once the receipt is booked
  const scanId = useRef(crypto.randomUUID());
  // a double click submits twice before React has rendered the button as loading
  const sending = useRef(false);
  const receive = useMutation({
    mutationFn: async (fields: ReceiveFields) =>
      unwrap(
        await api.POST('/api/v1/stock/remnants', {
          body: {
            scanId: scanId.current,
            material: fields.material,
            length: fields.length,
            width: fields.width ?? undefined,
            quantity: fields.quantity ?? 1,
            location: fields.location,
            device: 'web',
          },
        }),
      ),
    onSuccess: async (answer, fields) => {
      scanId.current = crypto.randomUUID();
      await queryClient.invalidateQueries({ queryKey: ['warehouse'] });
      onReceived(fields.material);
      form.setFieldsValue({ length: undefined, width: undefined, quantity: 1 });
      setElsewhere([]);
      setReceived(answer.remnant.code);
    },
    onError: (error) => {
      setReceived(null);
      setElsewhere(
        showProblemAtFields(form, error, formHas(['material', 'length', 'width', 'quantity', 'location']), t),
      );
    },
  });
  const [received, setReceived] = useState<string | null>(null);
  const required = [{ required: true, message: t('warehouse.required') }];
  return (
    <Card title={t('warehouse.remnants.receive')} style={{ width: 380 }}>
      {received && (
        <Alert
          type="success"
          showIcon
          className="wh-filters"
          title={t('warehouse.remnants.received', { code: received })}
        />
      )}
      <ElsewhereAlert messages={elsewhere} />
      <Form<ReceiveFields>
        name="remnant"
        form={form}
        layout="vertical"
        initialValues={{ material, quantity: 1 }}
        onFinish={(fields) => {
          if (sending.current) return;
          sending.current = true;
          receive.mutate(fields, { onSettled: () => (sending.current = false) });
        }}
      >
        <Form.Item name="material" label={t('warehouse.remnants.material')} rules={required}>
          <Select showSearch options={items.data} loading={items.isLoading} optionFilterProp="label" />
        </Form.Item>
        <Space>
          <Form.Item name="length" label={t('warehouse.items.length')} rules={required}>
            <InputNumber min={1} suffix="mm" style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="width" label={t('warehouse.remnants.widthSheets')}>
            <InputNumber min={1} suffix="mm" style={{ width: 150 }} />
          </Form.Item>
        </Space>
        <Space>
          <Form.Item name="quantity" label={t('warehouse.field.quantity')} rules={required}>
            <InputNumber min={1} precision={0} style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="location" label={t('warehouse.field.location')} rules={required}>
            <Select
              showSearch
              options={locations.data}
              loading={locations.isLoading}
              optionFilterProp="label"
              style={{ width: 150 }}
            />
          </Form.Item>
        </Space>
        <Button
          type="primary"
          htmlType="submit"
          loading={receive.isPending}
          disabled={receive.isPending}
          block
          data-testid="remnant-receive"
        >
          {t('warehouse.remnants.receiveOk')}
        </Button>
      </Form>
    </Card>
  );
}
