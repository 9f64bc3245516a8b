// The honest note shown instead of a chart while there are too few points to call it a trend.
import { Notice } from '../../components/Notice';

export interface TooFewForTrendProps {
  title: string;
  detail: string;
}

export function TooFewForTrend({ title, detail }: TooFewForTrendProps) {
  return (
    <Notice tone="info" title={title}>
      <p>{detail}</p>
    </Notice>
  );
}
