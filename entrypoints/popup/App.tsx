import { lazy, Suspense } from 'react';
import { AccessNotice } from '@/components/AccessNotice';
import { FocusPanel } from '@/components/FocusPanel';
import { useFocusFlag, usePopupSettings } from '@/components/use-focus-flag';
import { useNow } from '@/components/use-now';
import { systemClock } from '@/lib/clock';
import { readFlagState } from '@/lib/messaging/focus-flag';

const QueueSection = lazy(() => import('@/components/QueueSection'));

export function App() {
  const flag = useFocusFlag();
  const settings = usePopupSettings();
  const now = useNow();
  return (
    <main className="popup">
      {flag && <FocusPanel state={readFlagState(flag, now)} now={now} clock={systemClock} settings={settings} flag={flag} />}
      <AccessNotice />
      <Suspense fallback={null}>
        <QueueSection />
      </Suspense>
    </main>
  );
}
