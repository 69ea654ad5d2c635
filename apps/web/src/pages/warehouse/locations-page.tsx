import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import { useCursorList } from '../cursor-list';
import type { PageProps } from '../page-props';
import { BarcodeLabelButton } from './barcode-label';
import {
  codeColumn,
  formHas,
  FormModal,
  labelOptions,
  LOCATION_TYPE_LABEL,
  type LocationType,
  PAGE_SIZE,
  PagedTable,
  type Schemas,
  showProblemAtFields,
  TitleBar,
} from './warehouse-common';

type Location = Schemas['LocationDto'];
type Fields = { code: string; nameZh: string; nameEn: string; type: LocationType; barcode?: string; active?: boolean };
const FIELDS = ['code', 'nameZh', 'nameEn', 'type', 'barcode', 'active'];

/** Locations (库位) with the barcode on their shelf label: list, create, edit, print the label. */
export default function LocationsPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const list = useCursorList(['warehouse', 'locations'], async (cursor, signal) =>
    unwrap(await api.GET('/api/v1/locations', { params: { query: { limit: PAGE_SIZE, cursor } }, signal })),
  );
  const [editing, setEditing] = useState<Location | 'new' | null>(null);
  const name = (l: Location) => (language === 'en' ? l.nameEn : l.nameZh);

  return (
    <>
      <TitleBar entry={entry} action="warehouse.locations.new" onAction={() => setEditing('new')} />
      <PagedTable<Location>
        rowKey="id"
        list={list}
        empty="warehouse.locations.empty"
        columns={[
          codeColumn('code', t('warehouse.locations.code'), (l) => l.code),
          { key: 'name', title: t('warehouse.locations.name'), render: (_, l) => name(l) },
          {
            key: 'type',
            title: t('warehouse.locations.type'),
            width: 110,
            render: (_, l) => t(LOCATION_TYPE_LABEL[l.type]),
          },
          {
            key: 'barcode',
            title: t('warehouse.locations.barcode'),
            width: 170,
            render: (_, l) => (l.barcode ? <span className="wh-code">{l.barcode}</span> : ''),
          },
          {
            key: 'active',
            title: t('warehouse.items.status'),
            width: 80,
            render: (_, l) =>
              l.active ? <Tag color="green">{t('warehouse.active')}</Tag> : <Tag>{t('warehouse.inactive')}</Tag>,
          },
          {
            key: 'actions',
            title: '',
            width: entry.readOnly ? 110 : 180,
            render: (_, l) => (
              <Space>
                <BarcodeLabelButton barcode={l.barcode ?? l.code} title={name(l)} subtitle={l.code} />
                {!entry.readOnly && (
                  <Button size="small" onClick={() => setEditing(l)}>
                    {t('warehouse.edit')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && <LocationForm location={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

/** Creates a location (its barcode defaults to its code), or renames, retypes or deactivates one. */
function LocationForm({ location, onClose }: { location: Location | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Fields>();
  const queryClient = useQueryClient();
  const [elsewhere, setElsewhere] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: async (fields: Fields) => {
      if (!location)
        return unwrap(
          await api.POST('/api/v1/locations', {
            body: {
              code: fields.code.trim(),
              nameZh: fields.nameZh,
              nameEn: fields.nameEn,
              type: fields.type,
              barcode: fields.barcode?.trim() || undefined,
            },
          }),
        );
      return unwrap(
        await api.PATCH('/api/v1/locations/{key}', {
          params: { path: { key: location.id } },
          body: { nameZh: fields.nameZh, nameEn: fields.nameEn, type: fields.type, active: fields.active },
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['warehouse', 'locations'] });
      onClose();
    },
    onError: (error) => setElsewhere(showProblemAtFields(form, error, formHas(FIELDS), t)),
  });
  const required = [{ required: true, message: t('warehouse.required') }];
  return (
    <FormModal
      form={form}
      title={location ? t('warehouse.locations.editTitle', { code: location.code }) : t('warehouse.locations.new')}
      elsewhere={elsewhere}
      pending={save.isPending}
      onClose={onClose}
    >
      <Form<Fields>
        name="location"
        form={form}
        layout="vertical"
        initialValues={location ? { ...location, barcode: location.barcode ?? undefined } : { type: 'storage' }}
        onFinish={(fields) => {
          setElsewhere([]);
          save.mutate(fields);
        }}
      >
        <Form.Item name="code" label={t('warehouse.locations.code')} rules={required}>
          <Input className="wh-code" disabled={!!location} autoFocus={!location} maxLength={80} />
        </Form.Item>
        <Form.Item name="nameZh" label={t('warehouse.items.nameZh')} rules={required}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('warehouse.items.nameEn')} rules={required}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="type" label={t('warehouse.locations.type')} rules={required}>
          <Select options={labelOptions(LOCATION_TYPE_LABEL, t)} />
        </Form.Item>
        <Form.Item
          name="barcode"
          label={t('warehouse.locations.barcode')}
          extra={location ? undefined : t('warehouse.locations.barcodeHint')}
        >
          <Input className="wh-code" disabled={!!location} maxLength={80} />
        </Form.Item>
        {location && (
          <Form.Item name="active" valuePropName="checked">
            <Checkbox>{t('warehouse.items.activeLong')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
