import { useEffect, useState } from 'react';

/**
 * The current time, renewed every minute: a button that becomes possible at
 * an instant (the next reminder, a no-response rejection) enables by itself.
 */
export const useNow = (everyMs = 60_000): Date => {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
};
