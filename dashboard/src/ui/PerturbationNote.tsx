import { useContext } from 'react';
import { SessionContext } from '../app/session';
import { useI18n } from '../i18n/i18n';

/**
 * Says, above every page of figures, that a restricted role's values are perturbed and by how much at most
 * (the hub's `me.perturbationMaxAdjustment`); nothing for roles that see exact values.
 */
export function PerturbationNote() {
  const { t } = useI18n();
  const viewer = useContext(SessionContext)?.viewer;
  if (!viewer || viewer.perturbationMaxAdjustment === null || viewer.perturbationMaxAdjustment === undefined) return null;
  return (
    <p className="perturbation-note" role="note" data-perturbation={viewer.perturbationMaxAdjustment}>
      {t('perturbedNote', { d: viewer.perturbationMaxAdjustment, k: viewer.suppressionK })}
    </p>
  );
}
