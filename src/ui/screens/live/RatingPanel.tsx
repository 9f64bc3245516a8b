// Rest: the receiver rates the pull and says where it was uncomfortable; then what changes next.
import { useState } from 'preact/hooks';
import type { DiscomfortLocation } from '../../../domain/adaptation/discomfort';
import { RATINGS, type Rating } from '../../../domain/adaptation/rating';
import { SECOND } from '../../../domain/plan/bounds';
import type { SessionContext } from '../../../domain/session/context';
import { cappedHoldMs } from '../../../domain/session/timing';
import { Button } from '../../components/Button';
import { FixedName, FixedNamesMarked } from '../../components/FixedName';
import { RadioGroup, type RadioOption } from '../../components/RadioGroup';
import { useT } from '../../i18n/translate';
import { DiscomfortChoices } from './DiscomfortChoices';
import { PositionAdvice } from './PositionAdvice';
import './panel.css';

export interface RatingPanelProps {
  context: SessionContext;
  onRate(rating: Rating, discomfort: DiscomfortLocation[]): void;
  /** Every change before Continue: what is ticked counts if the rest ends before Continue. */
  onChoose(rating: Rating, discomfort: DiscomfortLocation[]): void;
}

const RATING_GROUP_ID = 'live-rating';

export function RatingPanel({ context, onRate, onChoose }: RatingPanelProps) {
  const t = useT();
  const pull = context.pulls[context.pulls.length - 1];
  const [rating, setRating] = useState<Rating | undefined>(undefined);
  const [discomfort, setDiscomfort] = useState<DiscomfortLocation[]>([]);
  const [tried, setTried] = useState(false);

  if (pull?.rating) return <NextPull context={context} discomfort={pull.discomfort} />;

  const options: RadioOption<Rating>[] = RATINGS.map((value) => ({
    value,
    label: <FixedName name={`live.rating.${value}`} />,
  }));

  const chooseRating = (chosen: Rating) => {
    setRating(chosen);
    onChoose(chosen, discomfort);
  };
  const choosePlaces = (places: DiscomfortLocation[]) => {
    setDiscomfort(places);
    if (rating !== undefined) onChoose(rating, places);
  };

  const submit = () => {
    if (rating === undefined) {
      setTried(true);
      document.getElementById(RATING_GROUP_ID)?.querySelector('input')?.focus();
      return;
    }
    onRate(rating, discomfort);
  };

  return (
    <section class="panel" aria-labelledby="live-rating-heading">
      <h2 id="live-rating-heading">{t('live.rating.heading')}</h2>
      <RadioGroup<Rating>
        id={RATING_GROUP_ID}
        legend={<FixedNamesMarked text={t('live.rating.legend')} />}
        name="pull-rating"
        options={options}
        value={rating}
        onChange={chooseRating}
        layout="inline"
        error={tried && rating === undefined ? t('live.rating.error') : undefined}
      />
      <DiscomfortChoices chosen={discomfort} onChange={choosePlaces} />
      <div>
        <Button onClick={submit}>
          <FixedName name="button.continue" />
        </Button>
      </div>
    </section>
  );
}

function NextPull({
  context,
  discomfort,
}: {
  context: SessionContext;
  discomfort: readonly DiscomfortLocation[];
}) {
  const t = useT();
  const change = context.nextForceChange ?? 'same';
  return (
    <section class="panel" aria-labelledby="live-next-heading">
      <h2 id="live-next-heading">{t('live.next.heading')}</h2>
      <p class="panel__lead">
        {t(`live.next.${change}`)}{' '}
        {t('live.next.hold', { seconds: Math.round(cappedHoldMs(context.nextHoldMs) / SECOND) })}
      </p>
      <PositionAdvice discomfort={discomfort} technique={context.plan.technique} />
    </section>
  );
}
