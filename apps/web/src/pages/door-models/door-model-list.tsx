import { Button, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import { DOOR_TYPE_LABEL } from './labels';
import { DOOR_TYPE_INPUT, DOOR_TYPES, matchesSearch, type DoorType, type Product } from './model-form';
import { useProducts } from './model-queries';

/** Every door model at its latest version; a planner opens one to edit it or starts a new one from a copy. */
export function DoorModelList({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const products = useProducts();
  const [search, setSearch] = useState('');
  const rows = (products.data ?? []).filter((p) => matchesSearch(p, search));

  return (
    <>
      <div className="door-models-header">
        <PageTitle entry={entry} />
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('doorModels.search')}
            onChange={(event) => setSearch(event.target.value)}
            className="door-models-search"
          />
          {!entry.readOnly && (
            <Button type="primary" onClick={() => void navigate('new')}>
              {t('doorModels.new')}
            </Button>
          )}
        </Space>
      </div>
      {products.error && <ProblemAlert error={products.error} />}
      <Table<Product>
        rowKey="code"
        dataSource={rows}
        loading={products.isPending}
        pagination={false}
        locale={{ emptyText: t('doorModels.empty') }}
        columns={[
          {
            key: 'code',
            title: t('doorModels.code'),
            render: (_, product) => <Link to={encodeURIComponent(product.code)}>{product.code}</Link>,
          },
          {
            key: 'name',
            title: t('doorModels.name'),
            render: (_, product) => (language === 'en' ? product.nameEn : product.nameZh),
          },
          {
            key: 'doorType',
            title: t('doorModels.doorTypeLabel'),
            // a series whose lines choose the door type lists the types it offers
            render: (_, product) => (
              <Space size={4} wrap>
                {doorTypesOf(product).map((type) => (
                  <Tag key={type}>{t(DOOR_TYPE_LABEL[type])}</Tag>
                ))}
              </Space>
            ),
          },
          {
            key: 'version',
            title: t('doorModels.version'),
            render: (_, product) => t('doorModels.versionTag', { version: product.version }),
          },
          {
            key: 'components',
            title: t('doorModels.componentCount'),
            align: 'right',
            render: (_, product) => formatNumber(product.components.length, language),
          },
          {
            key: 'updatedAt',
            title: t('doorModels.updatedAt'),
            render: (_, product) => formatDateTime(product.createdAt, language),
          },
          {
            key: 'actions',
            title: t('doorModels.actions'),
            render: (_, product) => (
              <Space>
                <Link to={encodeURIComponent(product.code)}>
                  {entry.readOnly ? t('doorModels.view') : t('doorModels.edit')}
                </Link>
                {!entry.readOnly && (
                  <Link to={`new?from=${encodeURIComponent(product.code)}`}>{t('doorModels.copy')}</Link>
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

/** The door types a model's lines may have: those its doorType input offers, else its own. */
function doorTypesOf(product: Product): DoorType[] {
  const input = (product.inputs ?? []).find((i) => i.name === DOOR_TYPE_INPUT);
  const offered = (input?.options ?? [])
    .map((o) => o.value)
    .filter((v): v is DoorType => DOOR_TYPES.includes(v as DoorType));
  return offered.length > 0 ? offered : [product.doorType];
}
