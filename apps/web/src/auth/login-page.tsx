import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { api, isProblem } from '../api/client';
import { problemFields } from '../api/field-errors';
import { LanguageSwitch } from '../shell/language-switch';
import { useAuth } from './auth';
import { loginRefusal } from './login-refusal';

type Fields = { factory: string; username: string; password: string };
const FIELDS: string[] = ['factory', 'username', 'password'] satisfies (keyof Fields)[];

export default function LoginPage() {
  const { t } = useTranslation();
  const { session, ended, signIn } = useAuth();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [form] = Form.useForm<Fields>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (session) return <Navigate to={from} replace />;

  async function submit(fields: Fields) {
    setBusy(true);
    setFailure(null);
    try {
      const { data, error } = await api.POST('/api/v1/auth/login', { body: fields });
      if (data) return signIn(data);
      showProblem(error);
    } catch {
      setFailure(t('error.network'));
    } finally {
      setBusy(false);
    }
  }

  function showProblem(problem: unknown) {
    if (!isProblem(problem)) return setFailure(t('login.failed'));
    const refusal = loginRefusal(problem);
    if (refusal) return setFailure(t(refusal.key, refusal.values));
    const { fields, elsewhere } = problemFields(
      problem,
      (name) => name.length === 1 && FIELDS.includes(String(name[0])),
    );
    form.setFields(fields.map(({ name, errors }) => ({ name: name[0] as keyof Fields, errors })));
    if (elsewhere.length > 0) setFailure(elsewhere.join('; '));
  }

  return (
    <div className="login">
      <Card title={`${t('app.name')} · ${t('login.title')}`} extra={<LanguageSwitch />} className="login-card">
        {ended && <Alert type="warning" showIcon title={t('session.ended')} className="login-alert" />}
        {failure && <Alert type="error" showIcon title={failure} className="login-alert" />}
        <Form form={form} layout="vertical" onFinish={(fields) => void submit(fields)} disabled={busy}>
          <Form.Item
            name="factory"
            label={t('login.factory')}
            rules={[{ required: true, message: t('login.required') }]}
          >
            <Input autoFocus autoComplete="organization" />
          </Form.Item>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('login.required') }]}
          >
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.required') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
