import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, message, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { useAuth } from '../../auth/auth';
import { formatDateTime } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { MoreButton, useCursorList } from '../cursor-list';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import { CreateUserModal, EditUserModal, ResetPasswordModal, useWords, type User } from './user-forms';
import { ROLE_LABEL, sortRoles, userRefusal } from './user-rules';
import './admin.css';

const PAGE_SIZE = 100;
type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;

/** The factory's users: create, change roles, reset a password, deactivate and activate (admins only). */
export default function UsersPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { session } = useAuth();
  const queryClient = useQueryClient();
  const say = useWords();
  const [toast, toastHolder] = message.useMessage();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [refusal, setRefusal] = useState<string[]>([]);

  const users = useCursorList(['users'], async (cursor, signal) =>
    unwrap(await api.GET('/api/v1/users', { params: { query: { limit: PAGE_SIZE, cursor } }, signal })),
  );
  const rows = users.rows;

  const saved = (text: string) => {
    setDialog(null);
    setRefusal([]);
    void toast.success(text);
    void queryClient.invalidateQueries({ queryKey: ['users'] });
  };

  const setActive = useMutation({
    mutationFn: async ({ user, active }: { user: User; active: boolean }) =>
      unwrap(
        await api.POST(active ? '/api/v1/users/{id}/activate' : '/api/v1/users/{id}/deactivate', {
          params: { path: { id: user.id } },
        }),
      ),
    onMutate: () => setRefusal([]),
    onSuccess: (user) => saved(t(user.active ? 'users.activated' : 'users.deactivated', { username: user.username })),
    onError: (error) =>
      setRefusal(error instanceof ApiError ? userRefusal(error.problem, []).page.map(say) : [error.message]),
  });

  return (
    <>
      {toastHolder}
      <div className="users-head">
        <PageTitle entry={entry} />
        {!entry.readOnly && (
          <Button type="primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('users.create')}
          </Button>
        )}
      </div>
      {users.error && <ProblemAlert error={users.error} />}
      {refusal.length > 0 && (
        <Alert
          className="users-refusal"
          type="error"
          showIcon
          closable={{ onClose: () => setRefusal([]) }}
          title={refusal.join(' ')}
        />
      )}
      <Table<User>
        // usernames are unique in a factory, and the key is what a test finds a row by
        rowKey="username"
        dataSource={rows}
        loading={users.isFetching}
        pagination={false}
        rowClassName={(user) => (user.active ? '' : 'users-inactive')}
        locale={{ emptyText: t('users.empty') }}
        columns={[
          {
            key: 'username',
            title: t('users.username'),
            render: (_, user) => (
              <Space size={4}>
                <Typography.Text strong>{user.username}</Typography.Text>
                {user.id === session?.user.id && <Tag color="blue">{t('users.you')}</Tag>}
              </Space>
            ),
          },
          { key: 'displayName', title: t('users.displayName'), render: (_, user) => user.displayName ?? '' },
          {
            key: 'roles',
            title: t('users.roles'),
            render: (_, user) => (
              <Space size={[0, 4]} wrap>
                {sortRoles(user.roles).map((role) => (
                  <Tag key={role} color={role === 'admin' ? 'gold' : undefined}>
                    {t(ROLE_LABEL[role])}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            key: 'state',
            title: t('users.state'),
            render: (_, user) =>
              user.active ? <Tag color="success">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>,
          },
          {
            key: 'createdAt',
            title: t('users.createdAt'),
            render: (_, user) => formatDateTime(user.createdAt, language),
          },
          ...(entry.readOnly
            ? []
            : [
                {
                  key: 'actions',
                  title: t('users.actions'),
                  render: (_: unknown, user: User) => (
                    <UserActions
                      user={user}
                      self={user.id === session?.user.id}
                      busy={setActive.isPending && setActive.variables.user.id === user.id}
                      onEdit={() => setDialog({ kind: 'edit', user })}
                      onReset={() => setDialog({ kind: 'reset', user })}
                      onActive={(active) => setActive.mutate({ user, active })}
                    />
                  ),
                },
              ]),
        ]}
      />
      <MoreButton list={users} label="users.more" className="users-more" />
      {dialog?.kind === 'create' && (
        <CreateUserModal
          onClose={() => setDialog(null)}
          onDone={(user) => saved(t('users.created', { username: user.username }))}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditUserModal
          user={dialog.user}
          self={dialog.user.id === session?.user.id}
          onClose={() => setDialog(null)}
          onDone={(user) => saved(t('users.saved', { username: user.username }))}
        />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordModal
          user={dialog.user}
          onClose={() => setDialog(null)}
          onDone={(user) => saved(t('users.passwordReset', { username: user.username }))}
        />
      )}
    </>
  );
}

function UserActions(props: {
  user: User;
  self: boolean;
  busy: boolean;
  onEdit: () => void;
  onReset: () => void;
  onActive: (active: boolean) => void;
}) {
  const { t } = useTranslation();
  const { user } = props;
  return (
    <Space size={0} wrap>
      <Button type="link" onClick={props.onEdit}>
        {t('users.edit')}
      </Button>
      <Button type="link" onClick={props.onReset}>
        {t('users.resetPassword')}
      </Button>
      {user.active && props.self && (
        // the api refuses it too (user.cannot_deactivate_self): an admin never locks themself out
        <Tooltip title={t('users.cannotDeactivateSelf')}>
          <Button type="link" danger disabled>
            {t('users.deactivate')}
          </Button>
        </Tooltip>
      )}
      {user.active && !props.self && (
        <Popconfirm
          title={t('users.deactivateConfirm', { username: user.username })}
          description={<div className="users-confirm">{t('users.deactivateHint')}</div>}
          okText={t('users.deactivate')}
          okButtonProps={{ danger: true }}
          cancelText={t('users.cancel')}
          onConfirm={() => props.onActive(false)}
        >
          <Button type="link" danger loading={props.busy}>
            {t('users.deactivate')}
          </Button>
        </Popconfirm>
      )}
      {!user.active && (
        <Popconfirm
          title={t('users.activateConfirm', { username: user.username })}
          okText={t('users.activate')}
          cancelText={t('users.cancel')}
          onConfirm={() => props.onActive(true)}
        >
          <Button type="link" loading={props.busy}>
            {t('users.activate')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
