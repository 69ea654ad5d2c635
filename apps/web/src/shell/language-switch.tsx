import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n/i18n';

/** Shows the other language's name; a click switches to it and remembers the choice. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const next = currentLanguage() === 'en' ? 'zh-CN' : 'en';
  return (
    <Button type="text" aria-label={t('lang.label')} onClick={() => void changeLanguage(next)}>
      {t('lang.switch')}
    </Button>
  );
}
