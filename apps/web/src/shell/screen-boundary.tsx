import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { children: ReactNode };
type State = { failed: boolean };

/**
 * A screen that fails to render, or whose code cannot be loaded (the network went while the screen was opened),
 * shows a message with a reload instead of blanking the whole app; the menu and header stay usable.
 */
export class ScreenBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    // the browser tests fail on console errors: a broken screen must not go unnoticed
    console.error('screen failed', error);
  }

  render(): ReactNode {
    return this.state.failed ? <ScreenFailed /> : this.props.children;
  }
}

function ScreenFailed() {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('page.failed')}
      subTitle={t('page.failedHint')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('page.reload')}
        </Button>
      }
    />
  );
}
