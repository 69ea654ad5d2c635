import { useMutation } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Input, Modal, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../../../clients/typescript/schema';
import { api, ApiError, unwrap } from '../../api/client';
import type { Role } from '../../auth/session';
import {
  DISPLAY_NAME_MAX,
  PASSWORD_MAX,
  PASSWORD_MIN,
  ROLE_HINT,
  ROLE_LABEL,
  ROLES,
  sortRoles,
  USERNAME_PATTERN,
  userRefusal,
  type UserField,
  type Words,
} from './user-rules';

export type User = components['schemas']['UserDto'];

/** A refusal's words in the screen's language. */
export function useWords(): (words: Words) => string {
  const { t } = useTranslation();
  return (words) => t(words.key, { detail: words.detail });
}

/**
 * Sends a user form: on a refusal, each message goes to its field and the rest above the form.
 * Resolves with the saved user, or undefined when refused.
 */
function useUserSubmit<T>(form: FormInstance, fields: readonly UserField[], send: (values: T) => Promise<User>) {
  const say = useWords();
  const [refusal, setRefusal] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: send,
    onError: (error) => {
      if (!(error instanceof ApiError)) {
        setRefusal([error.message]);
        return;
      }
      const { fields: at, page } = userRefusal(error.problem, fields);
      form.setFields(at.map((f) => ({ name: f.name, errors: [say(f.words)] })));
      setRefusal(page.map(say));
    },
  });
  const submit = async (values: T): Promise<User | undefined> => {
    setRefusal([]);
    return mutation.mutateAsync(values).catch(() => undefined);
  };
  return { submit, refusal, pending: mutation.isPending };
}

function RefusalAlert({ refusal }: { refusal: string[] }) {
  if (refusal.length === 0) return null;
  return (
    <Alert
      className="users-refusal"
      type="error"
      showIcon
      title={
        refusal.length === 1 ? (
          refusal[0]
        ) : (
          <>
            {refusal.map((r) => (
              <div key={r}>{r}</div>
            ))}
          </>
        )
      }
    />
  );
}

/** The roles as checkboxes; Form.Item hands it `value` and `onChange`. */
function RoleBoxes(props: { value?: Role[]; onChange?: (roles: Role[]) => void; id?: string }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group className="users-roles" {...props}>
      <Space orientation="vertical" size={4}>
        {ROLES.map((role) => (
          <Checkbox key={role} value={role}>
            {t(ROLE_LABEL[role])}{' '}
            <Typography.Text type="secondary" className="users-role-hint">
              {t(ROLE_HINT[role])}
            </Typography.Text>
          </Checkbox>
        ))}
      </Space>
    </Checkbox.Group>
  );
}

function usePasswordRules() {
  const { t } = useTranslation();
  return [
    { required: true, message: t('users.rule.required') },
    { min: PASSWORD_MIN, max: PASSWORD_MAX, message: t('users.rule.password') },
  ];
}

type NewUserValues = { username: string; displayName?: string; password: string; roles: Role[] };

export function CreateUserModal({ onDone, onClose }: { onDone: (user: User) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewUserValues>();
  const passwordRules = usePasswordRules();
  const { submit, refusal, pending } = useUserSubmit(
    form,
    ['username', 'displayName', 'password', 'roles'],
    async (values: NewUserValues) =>
      unwrap(
        await api.POST('/api/v1/users', {
          body: {
            username: values.username.trim(),
            password: values.password,
            roles: sortRoles(values.roles),
            ...(values.displayName?.trim() ? { displayName: values.displayName.trim() } : {}),
          },
        }),
      ),
  );
  return (
    <Modal
      open
      title={t('users.createTitle')}
      okText={t('users.save')}
      cancelText={t('users.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <RefusalAlert refusal={refusal} />
      <Form
        form={form}
        layout="vertical"
        name="create-user"
        initialValues={{ roles: [] }}
        onFinish={(values) => void submit(values).then((user) => user && onDone(user))}
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={[
            { required: true, message: t('users.rule.required') },
            { pattern: USERNAME_PATTERN, message: t('users.rule.username') },
          ]}
        >
          <Input autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ max: DISPLAY_NAME_MAX, message: t('users.rule.displayName') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="password" label={t('users.password')} rules={passwordRules}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('users.roles')}
          rules={[{ required: true, type: 'array', min: 1, message: t('users.rule.roles') }]}
        >
          <RoleBoxes />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type EditValues = { displayName?: string; roles: Role[] };

export function EditUserModal({
  user,
  self,
  onDone,
  onClose,
}: {
  user: User;
  /** the signed-in admin's own account */
  self: boolean;
  onDone: (user: User) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditValues>();
  const { submit, refusal, pending } = useUserSubmit(form, ['displayName', 'roles'], async (values: EditValues) => {
    const displayName = values.displayName?.trim();
    return unwrap(
      await api.PATCH('/api/v1/users/{id}', {
        params: { path: { id: user.id } },
        body: {
          roles: sortRoles(values.roles),
          // the api keeps a name once given (1–100 characters): an emptied field leaves it as it was
          ...(displayName && displayName !== user.displayName ? { displayName } : {}),
        },
      }),
    );
  });
  return (
    <Modal
      open
      title={t('users.editTitle', { username: user.username })}
      okText={t('users.save')}
      cancelText={t('users.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {self && <Alert className="users-refusal" type="info" showIcon title={t('users.selfRolesHint')} />}
      <RefusalAlert refusal={refusal} />
      <Form
        form={form}
        layout="vertical"
        name="edit-user"
        initialValues={{ displayName: user.displayName ?? '', roles: sortRoles(user.roles) }}
        onFinish={(values) => void submit(values).then((saved) => saved && onDone(saved))}
      >
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ max: DISPLAY_NAME_MAX, message: t('users.rule.displayName') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('users.roles')}
          extra={t('users.rolesHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('users.rule.roles') }]}
        >
          <RoleBoxes />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type ResetValues = { password: string; confirm: string };

export function ResetPasswordModal({
  user,
  onDone,
  onClose,
}: {
  user: User;
  onDone: (user: User) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ResetValues>();
  const passwordRules = usePasswordRules();
  const { submit, refusal, pending } = useUserSubmit(form, ['password'], async (values: ResetValues) =>
    unwrap(
      await api.PATCH('/api/v1/users/{id}', {
        params: { path: { id: user.id } },
        body: { password: values.password },
      }),
    ),
  );
  return (
    <Modal
      open
      title={t('users.resetTitle', { username: user.username })}
      okText={t('users.resetPassword')}
      cancelText={t('users.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert
        className="users-refusal"
        type="warning"
        showIcon
        title={t('users.resetHint', { username: user.username })}
      />
      <RefusalAlert refusal={refusal} />
      <Form
        form={form}
        layout="vertical"
        name="reset-password"
        onFinish={(values) => void submit(values).then((saved) => saved && onDone(saved))}
      >
        <Form.Item name="password" label={t('users.newPassword')} rules={passwordRules}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('users.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('users.rule.required') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('password') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('users.rule.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
