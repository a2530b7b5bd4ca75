import { Badge } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatCountdown } from './api.ts';

/** A live timer from the seconds the API reported when the page loaded. */
export function Countdown({ seconds, label, testId }: { seconds: number; label: string; testId?: string }) {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const left = seconds - Math.floor((now - start) / 1000);
  return (
    <Badge color={left < 3600 ? 'red' : 'orange'} variant="light" data-testid={testId} aria-label={label}>
      {label} {formatCountdown(left)}
    </Badge>
  );
}
