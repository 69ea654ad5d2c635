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
import { matchesSearch, type Product } from './model-form';
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
            render: (_, product) => <Tag>{t(DOOR_TYPE_LABEL[product.doorType])}</Tag>,
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
