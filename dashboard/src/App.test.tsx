import { render, screen, waitFor } from '@testing-library/react';
import { fromValue, merge, never } from 'wonka';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { mockClient, pilotStructure, steeringViewer } from './test-support/mock-client';

const pilot = { code: pilotStructure.code, name: pilotStructure.name };
/** A second programme of another structure, as a user of two programmes sees it. */
const second = {
  ...pilotStructure,
  code: 'TEST-SECOND',
  name: 'Drugi program',
  partners: [{ code: 'P1', name: 'Partner pierwszy', shortName: 'P1', role: 'LEADER' as const }],
  tasks: [{ code: 'T1', name: 'Zadanie pierwsze', partner: { code: 'P1' } }],
  events: [],
};
/** The answers a signed-in STEERING user of the given programmes gets, pages left loading. */
const signedIn = (programmes: { code: string; name: string }[], structure = pilotStructure) => ({
  Me: { data: { me: steeringViewer } },
  Programmes: { data: { programmes } },
  ProgrammeStructure: { data: { programme: structure } },
  Indicators: 'pending' as const,
  LatestImport: 'pending' as const,
  Timeline: 'pending' as const,
});

describe('the dashboard session', () => {
  it('opens the login page when the API says UNAUTHENTICATED', async () => {
    const { client } = mockClient({ Me: { error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } } });
    render(<App createClient={() => client} />);
    expect(await screen.findByRole('heading', { name: 'Logowanie' })).toBeTruthy();
    expect(screen.getByLabelText('Adres e-mail')).toBeTruthy();
  });

  it('says so when the e-mail or password is wrong', async () => {
    const { client } = mockClient({
      Me: { error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } },
      Login: { error: { code: 'INVALID_CREDENTIALS', message: 'The e-mail or the password is wrong.' } },
    });
    render(<App createClient={() => client} />);
    await userEvent.type(await screen.findByLabelText('Adres e-mail'), 'x@example.org');
    await userEvent.type(screen.getByLabelText('Hasło'), 'nope');
    await userEvent.click(screen.getByRole('button', { name: 'Zaloguj się' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Nieprawidłowy adres e-mail lub hasło.');
  });

  it('shows the menu a role may use once signed in, in English with ?lang=en, each page in the URL’s programme', async () => {
    window.history.replaceState(null, '', '/p/RDR-PLOCK-2011/?lang=en');
    const { client } = mockClient(signedIn([pilot]));
    render(<App createClient={() => client} />);
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect([...nav.querySelectorAll('a')].map((link) => link.textContent)).toEqual([
      'Overview',
      'Timeline',
      'Partners & activities',
      'Outcomes',
      'Flows',
      'Data quality',
      'Explorer',
    ]);
    expect(screen.getByRole('link', { name: 'Timeline' }).getAttribute('href')).toBe('/p/RDR-PLOCK-2011/timeline?lang=en');
    // One programme: the comparison is shown switched off, with the reason.
    const compare = screen.getByText('Compare programmes');
    expect(compare.getAttribute('aria-disabled')).toBe('true');
    expect(compare.getAttribute('title')).toBe('The comparison is for accounts that may see at least two programmes.');
    expect(screen.getByTestId('programme-switcher').textContent).toBe('Razem dla rewitalizacji (RDR-PLOCK-2011)');
  });

  it('leads an old URL without a programme to the same page of the first programme the user may see', async () => {
    window.history.replaceState(null, '', '/timeline?sex=FEMALE');
    const { client, calls } = mockClient(signedIn([pilot, { code: second.code, name: second.name }]));
    render(<App createClient={() => client} />);
    // The page is a lazy chunk: the first import is slow on a busy machine (a guard, not a timing).
    await screen.findByRole('heading', { name: 'Oś czasu' }, { timeout: 30_000 });
    expect(window.location.pathname + window.location.search).toBe('/p/RDR-PLOCK-2011/timeline?sex=FEMALE');
    expect(calls.find((call) => call.name === 'Timeline')?.variables).toMatchObject({ programme: 'RDR-PLOCK-2011' });
  });

  it('switches programme from the header, keeping the page, and Back returns', async () => {
    window.history.replaceState(null, '', '/p/RDR-PLOCK-2011/timeline?partner=MOPS&sex=FEMALE');
    const { client, calls } = mockClient({ ...signedIn([pilot, { code: second.code, name: second.name }]), ProgrammeStructure: 'pending' });
    // Each programme's structure by its code.
    const structures: Record<string, unknown> = { [pilot.code]: pilotStructure, [second.code]: second };
    const answering = {
      ...client,
      executeQuery: (operation: Parameters<typeof client.executeQuery>[0]) => {
        const name = operation.query.definitions.map((node) => ('name' in node ? node.name?.value : '')).find(Boolean);
        if (name === 'ProgrammeStructure') {
          calls.push({ name, variables: operation.variables });
          return merge([fromValue({ operation, data: { programme: structures[(operation.variables as { code: string }).code] ?? null }, stale: false, hasNext: false }), never]);
        }
        return client.executeQuery(operation);
      },
    } as typeof client;
    render(<App createClient={() => answering} />);
    // The page is a lazy chunk: the first import is slow on a busy machine (a guard, not a timing).
    await screen.findByRole('heading', { name: 'Oś czasu' }, { timeout: 30_000 });
    const switcher = screen.getByLabelText('Program') as HTMLSelectElement;
    expect([...switcher.options].map((option) => option.textContent)).toEqual(['Razem dla rewitalizacji (RDR-PLOCK-2011)', 'Drugi program (TEST-SECOND)']);
    await userEvent.selectOptions(switcher, 'TEST-SECOND');
    // The same page; the partner filter is the old programme's own, so it is dropped; the sex filter means the same everywhere.
    expect(window.location.pathname + window.location.search).toBe('/p/TEST-SECOND/timeline?sex=FEMALE');
    await screen.findByRole('button', { name: 'Partner: wszystkie' });
    await userEvent.click(screen.getByRole('button', { name: 'Partner: wszystkie' }));
    expect(screen.getByRole('group', { name: 'Partner' }).textContent).toContain('P1');
    expect(calls.filter((call) => call.name === 'Timeline').at(-1)?.variables).toMatchObject({ programme: 'TEST-SECOND' });
    expect(screen.getByRole('link', { name: 'Porównanie programów' }).getAttribute('href')).toBe('/p/TEST-SECOND/compare?sex=FEMALE');
    window.history.back();
    await waitFor(() => expect((screen.getByLabelText('Program') as HTMLSelectElement).value).toBe('RDR-PLOCK-2011'));
  });

  it('says so when the URL names a programme the user may not see', async () => {
    window.history.replaceState(null, '', '/p/NOT-MINE/outcomes');
    const { client } = mockClient(signedIn([pilot]));
    render(<App createClient={() => client} />);
    expect((await screen.findByTestId('unknown-programme')).textContent).toBe('Programu „NOT-MINE” nie ma w hubie albo Twoje konto nie ma do niego dostępu.');
    expect(screen.getByRole('link', { name: 'Razem dla rewitalizacji (RDR-PLOCK-2011)' }).getAttribute('href')).toBe('/p/RDR-PLOCK-2011/outcomes');
  });

  it('writes a chosen filter into the URL', async () => {
    window.history.replaceState(null, '', '/p/RDR-PLOCK-2011/');
    const { client } = mockClient(signedIn([pilot]));
    render(<App createClient={() => client} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Płeć: wszystkie' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Kobiety' }));
    expect(window.location.search).toBe('?sex=FEMALE');
    expect(screen.getByRole('button', { name: 'Płeć: Kobiety' }).getAttribute('aria-expanded')).toBe('true');
  });
});
