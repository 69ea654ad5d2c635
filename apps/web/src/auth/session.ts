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
    return JSON.parse(raw) as Session;
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
