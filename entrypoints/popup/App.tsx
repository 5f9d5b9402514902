import { lazy, Suspense } from 'react';
import { FocusPanel } from '@/components/FocusPanel';
import { useFocusFlag } from '@/components/use-focus-flag';
import { useNow } from '@/components/use-now';
import { readFlagState } from '@/lib/messaging/focus-flag';
import { sendMessage } from '@/lib/messaging/protocol';

const QueueSection = lazy(() => import('@/components/QueueSection'));

export function App() {
  const flag = useFocusFlag();
  const now = useNow();
  return (
    <main className="popup">
      {flag && (
        <FocusPanel
          state={readFlagState(flag, now)}
          onStart={() => sendMessage('startFocus', {})}
          onEnd={() => sendMessage('endFocus')}
        />
      )}
      <Suspense fallback={null}>
        <QueueSection />
      </Suspense>
    </main>
  );
}
