import type { MessageInstance } from 'antd/es/message/interface';
import { createContext, useContext } from 'react';

/**
 * The screen's toasts, held above its routes: a new model's "created" survives the editor that said it, which
 * the move to the saved model's own page replaces.
 */
export const NoticesContext = createContext<MessageInstance | null>(null);

export function useNotices(): MessageInstance {
  const notices = useContext(NoticesContext);
  if (!notices) throw new Error('useNotices outside the door models screen');
  return notices;
}
