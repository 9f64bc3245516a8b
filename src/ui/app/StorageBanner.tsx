// A storage problem stays visible at the top of every screen: records may not be saved (H11).
import { Notice } from '../components/Notice';

export function StorageBanner({ message }: { message: string }) {
  return (
    <div class="container storage-banner">
      <Notice tone="warning">{message}</Notice>
    </div>
  );
}
