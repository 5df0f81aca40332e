import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { mockClient, pilotStructure, steeringViewer } from './test-support/mock-client';

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

  it('shows the menu a role may use once signed in, in English with ?lang=en', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    const { client } = mockClient({
      Me: { data: { me: steeringViewer } },
      ProgrammeStructure: { data: { programme: pilotStructure } },
      Indicators: 'pending',
      LatestImport: 'pending',
    });
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
    expect(screen.getByRole('link', { name: 'Timeline' }).getAttribute('href')).toBe('/timeline?lang=en');
  });

  it('writes a chosen filter into the URL', async () => {
    const { client } = mockClient({
      Me: { data: { me: steeringViewer } },
      ProgrammeStructure: { data: { programme: pilotStructure } },
      Indicators: 'pending',
      LatestImport: 'pending',
    });
    render(<App createClient={() => client} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Płeć: wszystkie' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Kobiety' }));
    expect(window.location.search).toBe('?sex=FEMALE');
    expect(screen.getByRole('button', { name: 'Płeć: Kobiety' }).getAttribute('aria-expanded')).toBe('true');
  });
});
