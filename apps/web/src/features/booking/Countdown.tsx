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
    // Dark shades keep white text above 4.5:1 contrast.
    <Badge
      variant="filled"
      styles={{ root: { background: left < 3600 ? '#a51111' : '#8f3a00', color: '#ffffff' } }}
      data-testid={testId}
      role="timer"
    >
      {label} {formatCountdown(left)}
    </Badge>
  );
}
