import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18n';

export interface FilterOption {
  code: string;
  /** What the checkbox says. */
  label: string;
  /** What the closed button says when this is chosen (defaults to `label`); long task names would not fit. */
  short?: string;
}

/**
 * A disclosure button that opens a group of labelled checkboxes (the WAI-ARIA disclosure pattern):
 * native checkboxes keep keyboard and screen-reader use free of custom key handling, and the button's
 * own text says what is chosen, so the choice is readable without opening it.
 */
export function MultiSelectFilter(props: {
  name: string;
  /** The URL key; also the checkboxes' form name. */
  param: string;
  options: FilterOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // A hand-edited or old URL may name a code the programme no longer has: show it so it can be unticked.
  const known = new Set(props.options.map((option) => option.code));
  const options: FilterOption[] = [...props.options, ...props.selected.filter((code) => !known.has(code)).map((code) => ({ code, label: code }))];
  const chosen = options.filter((option) => props.selected.includes(option.code));

  useEffect(() => {
    if (!open) return;
    // A click elsewhere closes it, like any popup; clicks inside (labels, padding) must not.
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const toggle = (code: string, checked: boolean) => {
    const next = new Set(props.selected);
    if (checked) next.add(code);
    else next.delete(code);
    // Option order, not click order: the same choice always gives the same URL (bookmarks, caches).
    props.onChange(options.map((option) => option.code).filter((value) => next.has(value)));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    }
  };

  const summary = chosen.length ? chosen.map((option) => option.short ?? option.label).join(', ') : t('filterNone');
  return (
    <div
      className="filter multi-filter"
      ref={root}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Tabbing out closes it; a null relatedTarget (a click on non-focusable text inside) must not.
        const next = event.relatedTarget as Node | null;
        if (next && root.current && !root.current.contains(next)) setOpen(false);
      }}
    >
      <button
        type="button"
        ref={button}
        className="filter-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        data-filter={props.param}
        title={`${props.name}: ${summary}`}
        onClick={() => setOpen((value) => !value)}
      >
        {props.name}: {summary}
      </button>
      <fieldset id={panelId} className="filter-panel" hidden={!open}>
        <legend>{props.name}</legend>
        {options.map((option) => (
          <label key={option.code} className="filter-option">
            <input
              type="checkbox"
              name={props.param}
              value={option.code}
              checked={props.selected.includes(option.code)}
              onChange={(event) => toggle(option.code, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
        <button
          type="button"
          className="filter-clear"
          aria-label={t('clearFilter', { name: props.name })}
          onClick={() => props.onChange([])}
        >
          {t('clearOne')}
        </button>
      </fieldset>
    </div>
  );
}
