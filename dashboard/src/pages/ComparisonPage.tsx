import { useCallback, useEffect, useState } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { useProgramme, useVisibleProgrammes } from '../app/programme';
import { programmeLabel } from '../app/ProgrammeSwitcher';
import { updateSearch, useLocation } from '../app/router';
import { BarChart } from '../charts/lazy';
import { colourFor } from '../charts/palette';
import { parseFilters } from '../filters/filters';
import { ComparisonIndicatorsQuery } from '../graphql/documents';
import { useI18n } from '../i18n/i18n';
import { comparedProgrammes, comparisonChartData, shapeComparison, type ComparedIndicator, type ComparisonRow } from '../shaping/comparison';
import { formatIndicatorValue } from '../ui/cell';
import { ChartPanel } from '../ui/ChartPanel';
import { QueryState } from '../ui/QueryState';
import { StatusBadge } from '../ui/StatusBadge';
import { Suppressed } from '../ui/Suppressed';

/** The URL parameter naming the programmes compared besides the current one (absent: every other one the user sees). */
const PROGRAMMES_PARAM = 'programmes';
const TARGET_COLOUR = '#616e7c';
const NO_FILTERS = parseFilters(new URLSearchParams());

type Answer = { indicators?: readonly ComparedIndicator[]; error?: CombinedError; fetching: boolean };

/**
 * One programme's indicators, asked on its own: restricted roles may ask only a few analytics fields per
 * request, and urql caches each programme's answer for the next comparison.
 */
function IndicatorsLoader({ code, onAnswer }: { code: string; onAnswer: (code: string, answer: Answer) => void }) {
  const [result] = useQuery({ query: ComparisonIndicatorsQuery, variables: { programme: code } });
  useEffect(() => {
    onAnswer(code, { indicators: result.data?.indicators, error: result.error, fetching: result.fetching });
  }, [code, result.data, result.error, result.fetching, onAnswer]);
  return null;
}

function IndicatorCell({ indicator }: { indicator: ComparedIndicator | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!indicator) return <>—</>;
  const format = (value: number) => formatIndicatorValue(value, indicator.unit, i18n);
  return (
    <>
      <span className="compare-value" data-value={indicator.suppressed || indicator.value === null ? '' : String(indicator.value)}>
        {indicator.suppressed ? <Suppressed /> : indicator.value === null ? '—' : format(indicator.value)}
      </span>
      <span className="compare-target">
        {indicator.target === null ? t('noTarget') : t('target', { target: format(indicator.target) })}
        {indicator.target !== null && indicator.targetIllustrative && ` (${t('illustrativeTarget')})`}
      </span>
      {indicator.status && <StatusBadge status={indicator.status} />}
    </>
  );
}

function comparabilityText(row: ComparisonRow, t: ReturnType<typeof useI18n>['t']): string {
  if (row.reason === null) return t('comparable');
  if (row.reason === 'missing') return t('notComparable_missing', { programmes: row.missingIn.join(', ') });
  return t(`notComparable_${row.reason}`);
}

/** The comparison itself: the programmes chosen, the table of every indicator code, and a chart of one comparable indicator. */
function Comparison() {
  const i18n = useI18n();
  const { t } = i18n;
  const programme = useProgramme();
  const visible = useVisibleProgrammes();
  const location = useLocation();
  const codes = comparedProgrammes(visible, programme.code, location.search.get(PROGRAMMES_PARAM));
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [attempt, setAttempt] = useState(0);
  const [chosen, setChosen] = useState<string | null>(null);
  const onAnswer = useCallback((code: string, answer: Answer) => setAnswers((previous) => ({ ...previous, [code]: answer })), []);

  const choose = (code: string, included: boolean) => {
    const others = visible.map((entry) => entry.code).filter((candidate) => candidate !== programme.code);
    const next = others.filter((candidate) => (candidate === code ? included : codes.includes(candidate)));
    updateSearch({ [PROGRAMMES_PARAM]: next.length === others.length ? null : next.join(',') });
  };

  const loaded = codes.map((code) => answers[code]);
  const error = loaded.find((answer) => answer?.error && !answer.indicators)?.error;
  const complete = loaded.every((answer) => answer?.indicators);
  const names = new Map(visible.map((entry) => [entry.code, entry.name]));
  const comparison = complete
    ? shapeComparison(codes.map((code) => ({ programme: { code, name: names.get(code) ?? code }, indicators: answers[code]!.indicators! })))
    : null;
  const comparable = comparison?.rows.filter((row) => row.comparable) ?? [];
  const charted = comparable.find((row) => row.code === chosen) ?? comparable[0];
  const otherChecked = codes.filter((code) => code !== programme.code);

  return (
    <>
      <fieldset className="panel compare-choice">
        <legend>{t('compareChoose')}</legend>
        {visible.map((entry) => {
          const current = entry.code === programme.code;
          const checked = codes.includes(entry.code);
          return (
            <label key={entry.code} className="checkbox">
              <input
                type="checkbox"
                value={entry.code}
                checked={checked}
                // The current programme is always compared, and at least one other with it.
                disabled={current || (checked && otherChecked.length === 1)}
                onChange={(event) => choose(entry.code, event.target.checked)}
              />
              {programmeLabel(entry)}
              {current && ` — ${t('compareCurrent')}`}
            </label>
          );
        })}
      </fieldset>
      {codes.map((code) => (
        <IndicatorsLoader key={`${code}:${attempt}`} code={code} onAnswer={onAnswer} />
      ))}
      <QueryState
        fetching={!complete}
        error={error}
        hasData={!!comparison}
        empty={comparison?.rows.length === 0}
        retry={() => {
          setAnswers({});
          setAttempt((value) => value + 1);
        }}
      >
        {() => (
          <>
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('page_compare')}>
              <table className="comparison" data-testid="comparison">
                <caption className="visually-hidden">{t('page_compare')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('compareIndicator')}</th>
                    {comparison!.programmes.map((entry) => (
                      <th key={entry.code} scope="col" data-programme={entry.code}>
                        {programmeLabel(entry)}
                      </th>
                    ))}
                    <th scope="col">{t('compareComparable')}</th>
                  </tr>
                </thead>
                <tbody>
                  {comparison!.rows.map((row) => (
                    <tr key={row.code} data-indicator={row.code} data-comparable={row.comparable} data-reason={row.reason ?? undefined}>
                      <th scope="row">
                        {row.name} <code>{row.code}</code>
                      </th>
                      {row.cells.map((cell, index) => (
                        <td key={comparison!.programmes[index]!.code} data-programme={comparison!.programmes[index]!.code} className="compare-cell">
                          <IndicatorCell indicator={cell} />
                        </td>
                      ))}
                      <td className={row.comparable ? 'comparable' : 'not-comparable'}>{comparabilityText(row, t)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {charted ? (
              <ComparisonChart comparison={comparison!} row={charted} rows={comparable} onChoose={setChosen} />
            ) : (
              <p className="notice">{t('compareNoneComparable')}</p>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}

/** One comparable indicator's value and target in each programme, as grouped bars (one unit, so one axis). */
function ComparisonChart(props: { comparison: ReturnType<typeof shapeComparison>; row: ComparisonRow; rows: ComparisonRow[]; onChoose: (code: string) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const unit = props.row.cells.find((cell) => cell !== null)!.unit;
  const format = (value: number) => formatIndicatorValue(value, unit, i18n);
  const bars = comparisonChartData(props.comparison, props.row.code);
  const valueKey = t('compareValue');
  const targetKey = t('compareTarget');
  const title = t('compareChartTitle', { indicator: props.row.name });
  return (
    <div className="comparison-chart" data-compared-indicator={props.row.code}>
      <label className="trajectory-choice">
        {t('trajectoryIndicator')}{' '}
        <select value={props.row.code} onChange={(event) => props.onChoose(event.target.value)}>
          {props.rows.map((row) => (
            <option key={row.code} value={row.code}>
              {row.name}
            </option>
          ))}
        </select>
      </label>
      <ChartPanel
        id="comparison"
        title={title}
        filters={NO_FILTERS}
        exports={[]}
        height={320}
        columns={[
          { key: 'programme', header: t('programme') },
          { key: 'value', header: valueKey, numeric: true },
          { key: 'target', header: targetKey, numeric: true },
        ]}
        rows={bars.map((bar, index) => {
          const cell = props.row.cells[index];
          return {
            key: bar.programme,
            cells: {
              programme: bar.programme,
              value: cell?.suppressed ? <Suppressed /> : bar.value === null ? '—' : format(bar.value),
              target: bar.target === null ? '—' : format(bar.target),
            },
          };
        })}
        chart={
          <BarChart
            data={bars.map((bar) => ({ programme: bar.programme, [valueKey]: bar.value, [targetKey]: bar.target }))}
            keys={[valueKey, targetKey]}
            indexBy="programme"
            colours={[colourFor(0), TARGET_COLOUR]}
            formatValue={format}
          />
        }
      />
    </div>
  );
}

/**
 * Porównanie programów / Compare programmes: for users of several programmes, the same indicators side by
 * side (matched by code where unit and direction agree), with values and targets as the viewer's role sees
 * them (perturbed for restricted roles; the frame's note says by how much) and their status.
 */
export default function ComparisonPage() {
  const { t } = useI18n();
  const visible = useVisibleProgrammes();
  return (
    <>
      <h1>{t('page_compare')}</h1>
      {visible.length < 2 ? (
        <p className="notice" role="note" data-testid="compare-unavailable">
          {t('compareNeedsTwo')}
        </p>
      ) : (
        <>
          <p>{t('compareIntro')}</p>
          <Comparison />
        </>
      )}
    </>
  );
}
