import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatNumber } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { useCursorList } from '../cursor-list';
import type { PageProps } from '../page-props';
import { BarcodeLabelButton } from './barcode-label';
import {
  CODE_WIDTH,
  FilterBar,
  formatYuan,
  formHas,
  FormModal,
  ITEM_KIND_LABEL,
  type ItemKind,
  labelOptions,
  NUMBER_COLUMN,
  PAGE_SIZE,
  PagedTable,
  type Schemas,
  showProblemAtFields,
  TitleBar,
  type Unit,
  UNIT_LABEL,
  useUrlFilters,
} from './warehouse-common';

type Item = Schemas['ItemDto'];
type Fields = {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: ItemKind;
  unit: Unit;
  width?: number | null;
  length?: number | null;
  thickness?: number | null;
  lotTracked?: boolean;
  reorderPoint?: number | null;
  standardCost?: number | null;
  purchaseUnit?: string | null;
  purchaseUnitSize?: number | null;
  active?: boolean;
  barcodes?: string[];
};
const FIELDS = [
  'code',
  'nameZh',
  'nameEn',
  'kind',
  'unit',
  'width',
  'length',
  'thickness',
  'lotTracked',
  'reorderPoint',
  'standardCost',
  'purchaseUnit',
  'purchaseUnitSize',
  'active',
  'barcodes',
];
const FILTERS = ['kind'] as const;

/** Items (物料) with their barcodes: list, create, edit, print a label. */
export default function ItemsPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const kind = filters.kind as ItemKind | undefined;
  const list = useCursorList(['warehouse', 'items', kind], async (cursor, signal) =>
    unwrap(await api.GET('/api/v1/items', { params: { query: { kind, limit: PAGE_SIZE, cursor } }, signal })),
  );
  // null: closed; 'new': creating; an item: editing it
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const size = (item: Item) =>
    [item.width, item.length, item.thickness].every((v) => v === null)
      ? ''
      : [item.width, item.length, item.thickness]
          .map((v) => (v === null ? '–' : formatNumber(v, language)))
          .join(' × ');

  return (
    <>
      <TitleBar entry={entry} action="warehouse.items.new" onAction={() => setEditing('new')} />
      <FilterBar
        fields={[
          {
            name: 'kind',
            label: 'warehouse.items.kind',
            kind: 'select',
            options: labelOptions(ITEM_KIND_LABEL, t),
          },
        ]}
        values={filters}
        onApply={setFilters}
      />
      <PagedTable<Item>
        rowKey="id"
        list={list}
        empty="warehouse.items.empty"
        columns={[
          {
            key: 'code',
            title: t('warehouse.items.code'),
            width: CODE_WIDTH,
            render: (_, item) => <span className="wh-code">{item.code}</span>,
          },
          {
            key: 'name',
            title: t('warehouse.items.name'),
            render: (_, item) => (
              <Space size={4} wrap>
                {language === 'en' ? item.nameEn : item.nameZh}
                {item.lotTracked && <Tag>{t('warehouse.items.byLot')}</Tag>}
                {item.purchaseUnit && (
                  <Tag color="blue" data-testid="item-purchase-unit">
                    {t('warehouse.items.purchaseUnitOf', {
                      unit: item.purchaseUnit,
                      size: formatNumber(item.purchaseUnitSize, language),
                      itemUnit: t(UNIT_LABEL[item.unit]),
                    })}
                  </Tag>
                )}
                {!item.active && <Tag>{t('warehouse.inactive')}</Tag>}
              </Space>
            ),
          },
          {
            key: 'barcodes',
            title: t('warehouse.items.barcodes'),
            width: 150,
            render: (_, item) => (
              <Space orientation="vertical" size={0}>
                {item.barcodes.map((code) => (
                  <span key={code} className="wh-code">
                    {code}
                  </span>
                ))}
              </Space>
            ),
          },
          {
            key: 'kind',
            title: t('warehouse.items.kind'),
            width: 100,
            render: (_, item) => t(ITEM_KIND_LABEL[item.kind]),
          },
          { key: 'unit', title: t('warehouse.items.unit'), width: 60, render: (_, item) => t(UNIT_LABEL[item.unit]) },
          {
            key: 'size',
            title: t('warehouse.items.size'),
            width: 150,
            align: 'right',
            render: (_, item) => <span className="wh-num">{size(item)}</span>,
          },
          {
            key: 'reorderPoint',
            title: t('warehouse.items.reorderPoint'),
            ...NUMBER_COLUMN,
            width: 90,
            render: (_, item) => <span className="wh-num">{formatNumber(item.reorderPoint, language)}</span>,
          },
          {
            key: 'standardCost',
            title: t('warehouse.items.standardCost'),
            ...NUMBER_COLUMN,
            render: (_, item) => <span className="wh-num">{formatYuan(item.standardCost, language)}</span>,
          },
          {
            key: 'actions',
            title: '',
            width: entry.readOnly ? 110 : 180,
            render: (_, item) => (
              <Space>
                <BarcodeLabelButton
                  barcode={item.code}
                  title={language === 'en' ? item.nameEn : item.nameZh}
                  subtitle={t(ITEM_KIND_LABEL[item.kind])}
                />
                {!entry.readOnly && (
                  <Button size="small" onClick={() => setEditing(item)}>
                    {t('warehouse.edit')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && <ItemForm item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

/** Creates an item, or edits one (its code, kind, unit and size stay as they were made). */
function ItemForm({ item, onClose }: { item: Item | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Fields>();
  const queryClient = useQueryClient();
  const [elsewhere, setElsewhere] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: async (fields: Fields) => {
      const numbers = (v: number | null | undefined) => (v === null ? undefined : v);
      if (!item)
        return unwrap(
          await api.POST('/api/v1/items', {
            body: {
              code: fields.code.trim(),
              nameZh: fields.nameZh,
              nameEn: fields.nameEn,
              kind: fields.kind,
              unit: fields.unit,
              width: numbers(fields.width),
              length: numbers(fields.length),
              thickness: numbers(fields.thickness),
              lotTracked: fields.lotTracked ?? false,
              reorderPoint: numbers(fields.reorderPoint),
              standardCost: numbers(fields.standardCost),
              ...purchase(fields),
              barcodes: fields.barcodes ?? [],
            },
          }),
        );
      return unwrap(
        await api.PATCH('/api/v1/items/{key}', {
          params: { path: { key: item.id } },
          body: {
            nameZh: fields.nameZh,
            nameEn: fields.nameEn,
            reorderPoint: numbers(fields.reorderPoint) ?? 0,
            standardCost: numbers(fields.standardCost) ?? 0,
            ...purchase(fields),
            active: fields.active,
            barcodes: fields.barcodes ?? [],
          },
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['warehouse', 'items'] });
      onClose();
    },
    onError: (error) => setElsewhere(showProblemAtFields(form, error, formHas(FIELDS), t)),
  });
  const required = [{ required: true, message: t('warehouse.required') }];
  return (
    <FormModal
      form={form}
      title={item ? t('warehouse.items.editTitle', { code: item.code }) : t('warehouse.items.new')}
      elsewhere={elsewhere}
      pending={save.isPending}
      width={640}
      onClose={onClose}
    >
      <Form<Fields>
        name="item"
        form={form}
        layout="vertical"
        initialValues={
          item
            ? { ...item }
            : { kind: 'board', unit: 'sheet', lotTracked: false, reorderPoint: 0, standardCost: 0, purchaseUnitSize: 1 }
        }
        onFinish={(fields) => {
          setElsewhere([]);
          save.mutate(fields);
        }}
        onValuesChange={() => elsewhere.length > 0 && setElsewhere([])}
      >
        <Form.Item name="code" label={t('warehouse.items.code')} rules={required}>
          <Input className="wh-code" disabled={!!item} autoFocus={!item} maxLength={80} />
        </Form.Item>
        <Space wrap size="middle">
          <Form.Item name="nameZh" label={t('warehouse.items.nameZh')} rules={required}>
            <Input maxLength={120} style={{ width: 270 }} />
          </Form.Item>
          <Form.Item name="nameEn" label={t('warehouse.items.nameEn')} rules={required}>
            <Input maxLength={120} style={{ width: 270 }} />
          </Form.Item>
          <Form.Item name="kind" label={t('warehouse.items.kind')} rules={required}>
            <Select disabled={!!item} style={{ width: 150 }} options={labelOptions(ITEM_KIND_LABEL, t)} />
          </Form.Item>
          <Form.Item name="unit" label={t('warehouse.items.unit')} rules={required}>
            <Select disabled={!!item} style={{ width: 110 }} options={labelOptions(UNIT_LABEL, t)} />
          </Form.Item>
          <Form.Item name="width" label={t('warehouse.items.width')}>
            <InputNumber min={0} disabled={!!item} suffix="mm" style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="length" label={t('warehouse.items.length')}>
            <InputNumber min={0} disabled={!!item} suffix="mm" style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="thickness" label={t('warehouse.items.thickness')}>
            <InputNumber min={0} disabled={!!item} suffix="mm" style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="reorderPoint" label={t('warehouse.items.reorderPoint')}>
            <InputNumber min={0} style={{ width: 130 }} />
          </Form.Item>
          <Form.Item name="standardCost" label={t('warehouse.items.standardCost')}>
            <InputNumber min={0} prefix="¥" style={{ width: 130 }} />
          </Form.Item>
          <Form.Item
            name="purchaseUnit"
            label={t('warehouse.items.purchaseUnit')}
            tooltip={t('warehouse.items.purchaseUnitHint')}
          >
            <Input maxLength={20} placeholder={t('warehouse.items.purchaseUnitPlaceholder')} style={{ width: 130 }} />
          </Form.Item>
          <Form.Item name="purchaseUnitSize" label={t('warehouse.items.purchaseUnitSize')}>
            <InputNumber min={0.001} style={{ width: 130 }} />
          </Form.Item>
        </Space>
        <Form.Item name="barcodes" label={t('warehouse.items.barcodes')} extra={t('warehouse.items.barcodesHint')}>
          <Select mode="tags" open={false} tokenSeparators={[',', ' ']} className="wh-code" />
        </Form.Item>
        <Space size="large">
          <Form.Item name="lotTracked" valuePropName="checked">
            <Checkbox disabled={!!item}>{t('warehouse.items.lotTrackedLong')}</Checkbox>
          </Form.Item>
          {item && (
            <Form.Item name="active" valuePropName="checked">
              <Checkbox>{t('warehouse.items.activeLong')}</Checkbox>
            </Form.Item>
          )}
        </Space>
        <Typography.Paragraph type="secondary">{t('warehouse.items.codeHint')}</Typography.Paragraph>
      </Form>
    </FormModal>
  );
}

/** The purchase unit as the api takes it: an empty one is the item's own unit, a size only when given. */
function purchase(fields: Fields): { purchaseUnit: string; purchaseUnitSize?: number } {
  return {
    purchaseUnit: fields.purchaseUnit?.trim() ?? '',
    ...(fields.purchaseUnitSize ? { purchaseUnitSize: fields.purchaseUnitSize } : {}),
  };
}
