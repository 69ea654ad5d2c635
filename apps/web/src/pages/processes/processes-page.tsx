import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, message, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import { moved, waitParts } from './process-form';
import { ProcessDialog } from './process-dialog';
import { PROCESSES_KEY, useProcesses, type Process } from './process-queries';
import './processes.css';

/** 工序: the factory's own steps of a route, in its order, with the wait some of them need (养生 24 h). */
export default function ProcessesPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [messages, messageHolder] = message.useMessage();
  // null: a new process; a process: changing it; undefined: no dialog
  const [dialog, setDialog] = useState<Process | null | undefined>(undefined);
  const [failure, setFailure] = useState<Error | null>(null);
  // the switched-off ones too: they keep their place, and can be switched on again here
  const processes = useProcesses({ all: true });
  const list = processes.data ?? [];

  const refresh = () => queryClient.invalidateQueries({ queryKey: PROCESSES_KEY });
  const reorder = useMutation({
    mutationFn: async (codes: string[]) => unwrap(await api.PUT('/api/v1/processes/order', { body: { codes } })),
    onMutate: () => setFailure(null),
    onSuccess: async (saved) => {
      queryClient.setQueryData([...PROCESSES_KEY, 'all'], saved);
      await refresh();
      void messages.success(t('processes.reordered'));
    },
    onError: (error) => setFailure(error),
  });
  const toggle = useMutation({
    mutationFn: async (process: Process) =>
      unwrap(
        await api.PATCH('/api/v1/processes/{code}', {
          params: { path: { code: process.code } },
          body: { active: !process.active },
        }),
      ),
    onMutate: () => setFailure(null),
    onSuccess: async (process) => {
      await refresh();
      void messages.success(
        t(process.active ? 'processes.activated' : 'processes.deactivated', { code: process.code }),
      );
    },
    onError: (error) => setFailure(error),
  });
  const busy = reorder.isPending || toggle.isPending;

  const wait = (minutes: number) => {
    if (minutes <= 0) return t('processes.noWait');
    const parts = waitParts(minutes);
    return [
      parts.hours > 0 ? t('processes.hours', { n: parts.hours }) : '',
      parts.minutes > 0 ? t('processes.minutes', { n: parts.minutes }) : '',
    ]
      .filter((part) => part !== '')
      .join(' ');
  };
  const move = (index: number, step: -1 | 1) =>
    reorder.mutate(
      moved(
        list.map((p) => p.code),
        index,
        step,
      ),
    );

  return (
    <>
      {messageHolder}
      <div className="processes-header">
        <PageTitle entry={entry} />
        {!entry.readOnly && (
          <Button type="primary" onClick={() => setDialog(null)}>
            {t('processes.new')}
          </Button>
        )}
      </div>
      <Typography.Paragraph type="secondary" className="processes-hint">
        {t('processes.hint')}
      </Typography.Paragraph>
      {processes.error && <ProblemAlert error={processes.error} />}
      {failure && <ProblemAlert error={failure} />}
      <Table<Process>
        rowKey="code"
        dataSource={list}
        loading={processes.isPending}
        pagination={false}
        rowClassName={(process) => (process.active ? '' : 'process-inactive')}
        locale={{ emptyText: t('processes.empty') }}
        columns={[
          { key: 'position', title: t('processes.position'), width: 64, render: (_, _p, index) => index + 1 },
          { key: 'code', title: t('processes.code'), dataIndex: 'code' },
          { key: 'nameZh', title: t('processes.nameZh'), dataIndex: 'nameZh' },
          { key: 'nameEn', title: t('processes.nameEn'), dataIndex: 'nameEn' },
          { key: 'minWait', title: t('processes.minWait'), render: (_, process) => wait(process.minWaitMinutes) },
          {
            key: 'instructions',
            title: t('processes.instructions'),
            dataIndex: 'instructions',
            ellipsis: { showTitle: true },
            render: (text: string) =>
              text || <Typography.Text type="secondary">{t('processes.noInstructions')}</Typography.Text>,
          },
          {
            key: 'status',
            title: t('processes.status'),
            render: (_, process) =>
              process.active ? <Tag color="green">{t('processes.active')}</Tag> : <Tag>{t('processes.inactive')}</Tag>,
          },
          ...(entry.readOnly
            ? []
            : [
                {
                  key: 'actions',
                  title: t('processes.actions'),
                  render: (_: unknown, process: Process, index: number) => (
                    <Space size={0} wrap>
                      <Button type="link" size="small" disabled={busy || index === 0} onClick={() => move(index, -1)}>
                        {t('processes.moveUp')}
                      </Button>
                      <Button
                        type="link"
                        size="small"
                        disabled={busy || index === list.length - 1}
                        onClick={() => move(index, 1)}
                      >
                        {t('processes.moveDown')}
                      </Button>
                      <Button type="link" size="small" onClick={() => setDialog(process)}>
                        {t('processes.edit')}
                      </Button>
                      <Button type="link" size="small" disabled={busy} onClick={() => toggle.mutate(process)}>
                        {t(process.active ? 'processes.deactivate' : 'processes.activate')}
                      </Button>
                    </Space>
                  ),
                },
              ]),
        ]}
      />
      {dialog !== undefined && (
        <ProcessDialog
          editing={dialog}
          onClose={() => setDialog(undefined)}
          onSaved={(process, created) => {
            setDialog(undefined);
            void messages.success(t(created ? 'processes.created' : 'processes.saved', { code: process.code }));
          }}
        />
      )}
    </>
  );
}
