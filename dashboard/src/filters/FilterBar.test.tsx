import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useLocation } from '../app/router';
import type { Language } from '../i18n/i18n';
import { Harness, mockClient } from '../test-support/mock-client';
import { FilterBar } from './FilterBar';
import { parseFilters, toAnalyticsFilter } from './filters';

/** The bar as App mounts it: filters read from the URL on every change. */
function Bar() {
  const location = useLocation();
  return <FilterBar filters={parseFilters(location.search)} />;
}

function renderBar(url = '/', language: Language = 'pl') {
  window.history.replaceState(null, '', url);
  const { client } = mockClient({});
  render(
    <Harness client={client} language={language}>
      <Bar />
    </Harness>,
  );
  return userEvent.setup();
}

const toggle = (name: RegExp) => screen.getByRole('button', { name });

describe('the multi-select filters', () => {
  it('say "all" while nothing is chosen, and keep their choices out of sight until opened', () => {
    renderBar();
    expect(toggle(/^Partner:/).textContent).toBe('Partner: wszystkie');
    expect(toggle(/^Płeć:/).getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('checkbox')).toBeNull();
    // Nothing to clear yet.
    expect(screen.queryByRole('button', { name: /^Wyczyść filtry/ })).toBeNull();
  });

  it('take two partners: the URL reads partner=A,B, the button names both, the API filter gets the list', async () => {
    const user = renderBar();
    await user.click(toggle(/^Partner:/));
    expect(toggle(/^Partner:/).getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('group', { name: 'Partner' });
    await user.click(within(group).getByRole('checkbox', { name: 'MOPS' }));
    expect(window.location.search).toBe('?partner=MOPS');
    await user.click(within(group).getByRole('checkbox', { name: 'CISI' }));
    // The programme's order, not the clicking order: one choice, one URL.
    expect(window.location.search).toBe('?partner=CISI,MOPS');
    expect(toggle(/^Partner:/).textContent).toBe('Partner: CISI, MOPS');
    expect((within(group).getByRole('checkbox', { name: 'CISI' }) as HTMLInputElement).checked).toBe(true);
    expect((within(group).getByRole('checkbox', { name: 'ZDZ' }) as HTMLInputElement).checked).toBe(false);
    expect(toAnalyticsFilter(parseFilters(new URLSearchParams(window.location.search)))).toEqual({ partners: ['CISI', 'MOPS'] });
    // Unticking one leaves the other.
    await user.click(within(group).getByRole('checkbox', { name: 'CISI' }));
    expect(window.location.search).toBe('?partner=MOPS');
  });

  it('read a bookmarked comma list and a single value back into ticked boxes', async () => {
    const user = renderBar('/timeline?sex=FEMALE&age=AGE_18_24,AGE_25_29&task=RS&lang=pl');
    expect(toggle(/^Płeć:/).textContent).toBe('Płeć: Kobiety');
    expect(toggle(/^Wiek:/).textContent).toBe('Wiek: 18–24 lata, 25–29 lat');
    // Tasks name themselves by code on the button; their long names are in the list.
    expect(toggle(/^Zadanie:/).textContent).toBe('Zadanie: RS');
    await user.click(toggle(/^Wiek:/));
    const ages = screen.getByRole('group', { name: 'Wiek' });
    expect(within(ages).getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked).map((box) => (box as HTMLInputElement).value)).toEqual([
      'AGE_18_24',
      'AGE_25_29',
    ]);
    expect(screen.getByRole('button', { name: 'Wyczyść filtry (3)' })).toBeTruthy();
  });

  it('clear one filter, keeping the others and the rest of the URL', async () => {
    const user = renderBar('/outcomes?partner=MOPS,CISI&sex=FEMALE&lang=pl');
    await user.click(toggle(/^Partner:/));
    await user.click(screen.getByRole('button', { name: 'Wyczyść filtr: Partner' }));
    expect(window.location.pathname).toBe('/outcomes');
    expect(window.location.search).toBe('?sex=FEMALE&lang=pl');
    expect(toggle(/^Partner:/).textContent).toBe('Partner: wszystkie');
    expect(toggle(/^Płeć:/).textContent).toBe('Płeć: Kobiety');
  });

  it('clear every filter at once', async () => {
    const user = renderBar('/?partner=MOPS,CISI&kind=WORKSHOP,EVENT&from=2011-10&lang=en', 'en');
    expect(toggle(/^Activity kind:/).textContent).toBe('Activity kind: Workshops, Events');
    await user.click(screen.getByRole('button', { name: 'Clear filters (3)' }));
    expect(window.location.search).toBe('?lang=en');
    expect(toggle(/^Partner:/).textContent).toBe('Partner: all');
  });

  it('work from the keyboard: Enter opens, Tab and Space tick, Escape closes and gives focus back to the button', async () => {
    const user = renderBar();
    const sex = toggle(/^Płeć:/);
    sex.focus();
    await user.keyboard('{Enter}');
    expect(sex.getAttribute('aria-expanded')).toBe('true');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Kobiety' }));
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard(' ');
    expect(window.location.search).toBe('?sex=FEMALE,MALE');
    expect(sex.textContent).toBe('Płeć: Kobiety, Mężczyźni');
    await user.keyboard('{Escape}');
    expect(sex.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(sex);
    expect(screen.queryByRole('group', { name: 'Płeć' })).toBeNull();
    // Escape on the button itself closes too.
    await user.keyboard('{Enter}');
    expect(sex.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(sex.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(sex);
  });

  it('close when focus or a click goes elsewhere', async () => {
    const user = renderBar();
    await user.click(toggle(/^Partner:/));
    expect(toggle(/^Partner:/).getAttribute('aria-expanded')).toBe('true');
    await user.click(toggle(/^Zadanie:/));
    expect(toggle(/^Partner:/).getAttribute('aria-expanded')).toBe('false');
    expect(toggle(/^Zadanie:/).getAttribute('aria-expanded')).toBe('true');
    await user.click(document.body);
    expect(toggle(/^Zadanie:/).getAttribute('aria-expanded')).toBe('false');
  });

  it('show a code the programme does not know, so it can be unticked', async () => {
    const user = renderBar('/?partner=MOPS,OLD');
    expect(toggle(/^Partner:/).textContent).toBe('Partner: MOPS, OLD');
    await user.click(toggle(/^Partner:/));
    await user.click(screen.getByRole('checkbox', { name: 'OLD' }));
    expect(window.location.search).toBe('?partner=MOPS');
  });

  it('speak English with ?lang=en', async () => {
    const user = renderBar('/?lang=en', 'en');
    await user.click(toggle(/^Sex: all$/));
    const group = screen.getByRole('group', { name: 'Sex' });
    await user.click(within(group).getByRole('checkbox', { name: 'Women' }));
    expect(toggle(/^Sex:/).textContent).toBe('Sex: Women');
    expect(within(group).getByRole('button', { name: 'Clear filter: Sex' }).textContent).toBe('Clear');
  });
});
