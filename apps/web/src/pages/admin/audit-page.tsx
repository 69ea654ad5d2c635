import { Button, DatePicker, Descriptions, Form, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../../../clients/typescript/schema';
import { api, unwrap } from '../../api/client';
import { labelColon } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { CursorTable, useCursorList } from '../cursor-list';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import {
  auditTarget,
  changeWords,
  describeAction,
  detailLines,
  formatAuditTime,
  toFilter,
  type AuditFilter,
  type FilterValues,
} from './audit-entry';
import { ROLE_LABEL } from './user-rules';
import './admin.css';

const PAGE_SIZE = 50;
type Entry = components['schemas']['AuditEntryDto'];
/** Who changed what in this factory, newest first; admins and managers read it, nobody edits it. */
export default function AuditPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const colon = labelColon(currentLanguage());
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<AuditFilter>({});
  const entries = useCursorList(['audit', filter], async (cursor, signal) =>
    unwrap(
      await api.GET('/api/v1/audit-log', {
        params: { query: { ...filter, limit: PAGE_SIZE, cursor } },
        signal,
      }),
    ),
  );
  const byUser = (username: string) => {
    form.setFieldsValue({ username });
    setFilter(toFilter(form.getFieldsValue()));
  };

  return (
    <>
      <PageTitle entry={entry} />
      <Form
        form={form}
        layout="inline"
        // the colon is written with the label, full-width after Chinese (antd's is always ":")
        colon={false}
        name="audit-filter"
        className="audit-filter"
        onFinish={(values) => setFilter(toFilter(values))}
      >
        <Form.Item name="username" label={`${t('audit.filter.username')}${colon}`}>
          <Input allowClear className="audit-filter-text" />
        </Form.Item>
        <Form.Item name="action" label={`${t('audit.filter.action')}${colon}`}>
          <Input allowClear className="audit-filter-text" placeholder={t('audit.filter.actionPlaceholder')} />
        </Form.Item>
        <Form.Item name="outcome" label={`${t('audit.filter.outcome')}${colon}`}>
          <Select
            allowClear
            className="audit-filter-outcome"
            placeholder={t('audit.filter.anyOutcome')}
            options={[
              { value: 'success', label: t('audit.outcome.success') },
              { value: 'failure', label: t('audit.outcome.failure') },
            ]}
          />
        </Form.Item>
        <Form.Item name="dates" label={`${t('audit.filter.dates')}${colon}`}>
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('audit.filter.apply')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              setFilter({});
            }}
          >
            {t('audit.filter.reset')}
          </Button>
        </Space>
      </Form>
      <CursorTable<Entry>
        list={entries}
        moreLabel="audit.more"
        moreClassName="audit-more"
        rowKey="id"
        className="audit-table"
        size="middle"
        locale={{ emptyText: t('audit.empty') }}
        expandable={{
          expandedRowRender: (row) => <EntryDetail entry={row} />,
          rowExpandable: (row) => row.detail !== null,
        }}
        columns={[
          {
            key: 'time',
            title: t('audit.time'),
            width: 180,
            render: (_, row) => formatAuditTime(row.at, currentLanguage()),
          },
          {
            key: 'user',
            title: t('audit.user'),
            width: 120,
            render: (_, row) =>
              row.username ? (
                <Tooltip title={t('audit.filter.byUser', { username: row.username })}>
                  <Typography.Link onClick={() => byUser(row.username as string)}>{row.username}</Typography.Link>
                </Tooltip>
              ) : (
                <Typography.Text type="secondary">{t('audit.noUser')}</Typography.Text>
              ),
          },
          { key: 'action', title: t('audit.action'), render: (_, row) => <ActionCell entry={row} /> },
          { key: 'target', title: t('audit.target'), width: 140, render: (_, row) => <TargetCell entry={row} /> },
          { key: 'detail', title: t('audit.detail'), render: (_, row) => <ChangeList entry={row} /> },
          {
            key: 'requestId',
            title: t('audit.requestId'),
            width: 130,
            render: (_, row) =>
              row.requestId && (
                <Typography.Text code copyable={{ text: row.requestId }} title={row.requestId}>
                  {row.requestId.slice(0, 8)}
                </Typography.Text>
              ),
          },
        ]}
      />
    </>
  );
}

function ActionCell({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const words = describeAction(entry.action);
  let text: string | null = null;
  if (words && 'verb' in words) text = t(words.verb, { what: t(words.what) });
  else if (words && 'special' in words) text = t(words.special);
  else if (words) text = t('audit.cli', { command: words.cli });
  return (
    <div className="audit-action">
      <Space size={4} wrap>
        {text && <Typography.Text>{text}</Typography.Text>}
        <Tag color={entry.outcome === 'success' ? 'success' : 'error'}>
          {t(entry.outcome === 'success' ? 'audit.outcome.success' : 'audit.outcome.failure')} {entry.status}
        </Tag>
      </Space>
      <Typography.Text type="secondary" className="audit-route">
        {entry.action}
      </Typography.Text>
    </div>
  );
}

function TargetCell({ entry }: { entry: Entry }) {
  const target = auditTarget(entry);
  if (!target) return null;
  return target.text === target.full ? (
    <Typography.Text>{target.text}</Typography.Text>
  ) : (
    <Tooltip title={target.full}>
      <Typography.Text>{target.text}</Typography.Text>
    </Tooltip>
  );
}

function ChangeList({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const words = changeWords(entry.action, entry.detail);
  if (words.length === 0) return null;
  const separator = currentLanguage() === 'en' ? ', ' : '、';
  return (
    <ul className="audit-changes">
      {words.map((w) => (
        <li key={w.key}>
          {t(w.key, { roles: (w.roles ?? []).map((role) => t(ROLE_LABEL[role])).join(separator), value: w.value })}
        </li>
      ))}
    </ul>
  );
}

function EntryDetail({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const lines = detailLines(entry.detail);
  return (
    <div className="audit-detail">
      <Descriptions
        size="small"
        column={1}
        bordered
        title={t('audit.fields')}
        items={lines.map((line) => ({
          key: line.key,
          label: <span className="audit-key">{line.key}</span>,
          children: <span className="audit-value">{line.value}</span>,
        }))}
      />
      <details className="audit-json">
        <summary>{t('audit.showJson')}</summary>
        <pre>{JSON.stringify(entry.detail, null, 2)}</pre>
      </details>
    </div>
  );
}
