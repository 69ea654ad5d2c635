import { useQueryClient } from '@tanstack/react-query';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, authMiddleware } from '../api/client';
import { clearSession, loadSession, saveSession, type LoginAnswer, type Session } from './session';

type Auth = {
  session: Session | null;
  /** set when the api ended the session (expired or revoked token): the login page says so */
  ended: boolean;
  signIn: (answer: LoginAnswer) => void;
  signOut: () => void;
};

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queries = useQueryClient();
  const [session, setSession] = useState(loadSession);
  const [ended, setEnded] = useState(false);

  const forget = useCallback(() => {
    clearSession();
    setSession(null);
    queries.clear(); // the next user of this tab must not see the last one's data
  }, [queries]);

  useEffect(() => {
    const middleware = authMiddleware({
      token: () => loadSession()?.token ?? null,
      onSessionEnded: () => {
        forget();
        setEnded(true);
      },
    });
    api.use(middleware);
    return () => api.eject(middleware);
  }, [forget]);

  const auth = useMemo<Auth>(
    () => ({
      session,
      ended,
      signIn: (answer) => {
        setSession(saveSession(answer));
        setEnded(false);
      },
      signOut: forget,
    }),
    [session, ended, forget],
  );
  return <AuthContext value={auth}>{children}</AuthContext>;
}

export function useAuth(): Auth {
  const auth = use(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}
