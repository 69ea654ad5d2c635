import { useQuery } from '@tanstack/react-query';
import { Button, message, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime, formatMm } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { CUT_KIND_LABEL } from '../part-labels';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import { MaterialDialog } from './material-dialog';
import { stockSize, type Material } from './material-form';
import { profileText, UNIT_LABEL } from './material-labels';
import { MaterialVersions } from './material-versions';
import './materials.css';

/** 材料: what the saw cuts from (bar lengths, sheet sizes, profiles) and what is counted (veneer, hardware), versioned. */
export default function MaterialsPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [messages, messageHolder] = message.useMessage();
  // null: a new material; a material: changing it; undefined: no dialog
  const [dialog, setDialog] = useState<Material | null | undefined>(undefined);
  const [history, setHistory] = useState<string | null>(null);
  const materials = useQuery({
    queryKey: ['materials'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/materials', { signal })),
  });
  const mm = (value: number | null) => (value === null ? '' : formatMm(value, language));

  return (
    <>
      {messageHolder}
      <div className="materials-header">
        <PageTitle entry={entry} />
        {!entry.readOnly && (
          <Button type="primary" onClick={() => setDialog(null)}>
            {t('materials.new')}
          </Button>
        )}
      </div>
      {materials.error && <ProblemAlert error={materials.error} />}
      <Table<Material>
        rowKey="code"
        dataSource={materials.data ?? []}
        loading={materials.isPending}
        pagination={false}
        locale={{ emptyText: t('materials.empty') }}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'code', title: t('materials.code'), dataIndex: 'code' },
          {
            key: 'name',
            title: t('materials.name'),
            render: (_, material) => (language === 'en' ? material.nameEn : material.nameZh),
          },
          {
            key: 'version',
            title: t('materials.version'),
            render: (_, material) => t('materials.versionTag', { version: material.version }),
          },
          {
            key: 'cutKind',
            title: t('materials.cutKindLabel'),
            render: (_, material) => <Tag>{t(CUT_KIND_LABEL[material.cutKind])}</Tag>,
          },
          { key: 'unit', title: t('materials.unit'), render: (_, material) => t(UNIT_LABEL[material.unit]) },
          {
            key: 'stock',
            title: t('materials.stock'),
            align: 'right',
            render: (_, material) => stockSize(material, language),
          },
          {
            key: 'profile',
            title: t('materials.profileColumn'),
            render: (_, material) => profileText(material, t, language),
          },
          { key: 'thickness', title: t('materials.thickness'), align: 'right', render: (_, m) => mm(m.thickness) },
          { key: 'kerf', title: t('materials.kerf'), align: 'right', render: (_, m) => mm(m.kerf) },
          { key: 'trim', title: t('materials.trim'), align: 'right', render: (_, m) => mm(m.trim) },
          {
            key: 'minRemnant',
            title: t('materials.minRemnant'),
            align: 'right',
            render: (_, m) => (m.minRemnant === null || m.minRemnant === undefined ? '—' : mm(m.minRemnant)),
          },
          {
            key: 'updatedAt',
            title: t('materials.updatedAt'),
            render: (_, material) => formatDateTime(material.updatedAt, language),
          },
          {
            key: 'actions',
            title: t('materials.actions'),
            render: (_: unknown, material: Material) => (
              <Space size={0}>
                {!entry.readOnly && (
                  <Button type="link" size="small" onClick={() => setDialog(material)}>
                    {t('materials.edit')}
                  </Button>
                )}
                <Button type="link" size="small" onClick={() => setHistory(material.code)}>
                  {t('materials.versions')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {history !== null && <MaterialVersions code={history} onClose={() => setHistory(null)} />}
      {dialog !== undefined && (
        <MaterialDialog
          editing={dialog}
          onClose={() => setDialog(undefined)}
          onSaved={(material, created) => {
            setDialog(undefined);
            void messages.success(t(created ? 'materials.created' : 'materials.saved', { code: material.code }));
          }}
        />
      )}
    </>
  );
}
