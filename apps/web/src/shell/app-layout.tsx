import { Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/auth';
import { LanguageSwitch } from './language-switch';
import { menuFor, screenOf, type Group, type MessageKey } from './menu';

const GROUP_LABEL: Record<Group, MessageKey> = {
  planner: 'group.planner',
  warehouse: 'group.warehouse',
  shopFloor: 'group.shopFloor',
  packing: 'group.packing',
  admin: 'group.admin',
};

/** The signed-in frame: header with user, language and sign-out; side menu of the screens the roles allow. */
export function AppLayout() {
  const { t } = useTranslation();
  const { session, signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();

  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;

  const entries = menuFor(session.user.roles);
  const groups = [...new Set(entries.map((e) => e.group))];
  const items: MenuProps['items'] = groups.map((group) => ({
    type: 'group',
    key: group,
    label: t(GROUP_LABEL[group]),
    children: entries.filter((e) => e.group === group).map((e) => ({ key: e.path, label: t(e.label) })),
  }));

  return (
    <Layout className="shell">
      <Layout.Header className="shell-header">
        <Typography.Text strong className="shell-brand">
          {t('app.name')}
        </Typography.Text>
        <Space>
          <Typography.Text>
            {t('session.user', { username: session.user.username, factory: session.user.factory.code })}
          </Typography.Text>
          <LanguageSwitch />
          <Button onClick={signOut}>{t('session.logout')}</Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0} className="shell-sider">
          <Menu
            mode="inline"
            items={items}
            selectedKeys={[screenOf(location.pathname)?.path ?? location.pathname]}
            onClick={({ key }) => void navigate(key)}
          />
        </Layout.Sider>
        <Layout.Content className="shell-content">
          <Suspense fallback={<Spin description={t('page.loading')} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
