import type { components } from '../../../../clients/typescript/schema';

export type LoginAnswer = components['schemas']['LoginResultDto'];
export type Role = LoginAnswer['user']['roles'][number];
export type Session = { token: string; user: LoginAnswer['user'] };

const STORAGE_KEY = 'mendao.session';

/** The token lives as long as the browser tab: sessionStorage, never localStorage. */
export function loadSession(storage: Pick<Storage, 'getItem'> = sessionStorage): Session | null {
  const raw = storage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Partial<Session> | null;
    // a value left by an older version of the app (or edited by hand) must not crash the layout
    return typeof session?.token === 'string' && Array.isArray(session.user?.roles) ? (session as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(answer: LoginAnswer): Session {
  const session = { token: answer.accessToken, user: answer.user };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  return session;
}

export function clearSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
