// The plan defaults: five number fields bounded by PLAN_BOUNDS; a value out of range is not saved.
import { useState } from 'preact/hooks';
import { PLAN_BOUNDS } from '../../../domain/plan/bounds';
import type { Plan, PlanField } from '../../../domain/plan/plan';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/translate';
import { NumberField } from './NumberField';
import { checkDraft, draftOf, PLAN_FIELDS, samePlan, unitOf } from './planDraft';

export interface PlanDefaultsProps {
  plan: Plan;
  onChange(plan: Plan): void;
}

const LABELS = {
  holdSeconds: 'settings.plan.holdSeconds',
  holdMaxSeconds: 'settings.plan.holdMaxSeconds',
  releaseSeconds: 'settings.plan.releaseSeconds',
  restSeconds: 'settings.plan.restSeconds',
  totalMinutes: 'settings.plan.totalMinutes',
} as const satisfies Record<PlanField, MessageKey>;

export function PlanDefaults({ plan, onChange }: PlanDefaultsProps) {
  const t = useT();
  const [draft, setDraft] = useState(() => draftOf(plan));
  const { problems } = checkDraft(draft, plan);

  const edit = (field: PlanField, text: string) => {
    const next = { ...draft, [field]: text };
    setDraft(next);
    const checked = checkDraft(next, plan);
    if (!samePlan(checked.plan, plan)) onChange(checked.plan);
  };

  return (
    <fieldset class="group" aria-describedby="settings-plan-hint">
      <legend class="group__legend">{t('settings.plan.legend')}</legend>
      <p id="settings-plan-hint" class="hint">
        {t('settings.plan.hint')}
      </p>
      {PLAN_FIELDS.map((field) => {
        const { min, max } = PLAN_BOUNDS[field];
        const problem = problems[field];
        return (
          <NumberField
            key={field}
            id={`settings-plan-${field}`}
            label={t(LABELS[field])}
            hint={t(`settings.plan.range${unitOf(field)}`, { min, max })}
            value={draft[field]}
            min={min}
            max={max}
            error={problem && t(problem.key, problem.params)}
            onInput={(text) => edit(field, text)}
          />
        );
      })}
    </fieldset>
  );
}
