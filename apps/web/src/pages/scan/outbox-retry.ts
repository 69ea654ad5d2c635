import { useEffect } from 'react';

/** How often waiting entries are tried again while some wait (and at once when the browser says it is online). */
const RETRY_MS = 5_000;

/**
 * Keeps an outbox going, for the scan and the station pages alike: follows the browser's online/offline events,
 * sends at once when it comes back online, and tries again every few seconds while entries wait.
 */
export function useOutboxRetry(
  queue: { flush(): Promise<unknown> },
  waiting: number,
  setOnline: (online: boolean) => void,
): void {
  useEffect(() => {
    const retry = () => void queue.flush();
    const goOnline = () => {
      setOnline(true);
      retry();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    const timer = waiting > 0 ? window.setInterval(retry, RETRY_MS) : undefined;
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      window.clearInterval(timer);
    };
  }, [queue, waiting, setOnline]);
}
