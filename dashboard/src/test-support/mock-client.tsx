import type { ReactNode } from 'react';
import { CombinedError, Provider, type Client, type Operation } from 'urql';
import { fromValue, merge, never, type Source } from 'wonka';
import { I18nProvider, type Language } from '../i18n/i18n';
import { ProgrammeContext, type ProgrammeStructure } from '../app/programme';
import { SessionContext, type Viewer } from '../app/session';

/** An answer per operation name: data, an error, or 'pending' (never answers: the loading state). */
export type MockAnswer = { data: unknown } | { error: { code?: string; message: string } } | 'pending';

function operationName(operation: Operation): string {
  const definition = operation.query.definitions.find((node) => node.kind === 'OperationDefinition');
  return definition && 'name' in definition && definition.name ? definition.name.value : '';
}

/** urql's sources stay open; a completed one resets the hook's error (urql sets `fetching: false, error: undefined`). */
function open<T>(source: Source<T>): Source<T> {
  return merge([source, never]);
}

function answer(operation: Operation, answers: Record<string, MockAnswer>): Source<unknown> {
  const found = answers[operationName(operation)];
  if (!found || found === 'pending') return never;
  if ('error' in found) {
    return open(fromValue({
      operation,
      data: undefined,
      error: new CombinedError({ graphQLErrors: [{ message: found.error.message, extensions: { code: found.error.code ?? 'INTERNAL_SERVER_ERROR' } }] }),
      stale: false,
      hasNext: false,
    }));
  }
  return open(fromValue({ operation, data: found.data, stale: false, hasNext: false }));
}

/** A urql client that answers by operation name and records the variables it was asked with. */
export function mockClient(answers: Record<string, MockAnswer>) {
  const calls: { name: string; variables: unknown }[] = [];
  const handle = (operation: Operation) => {
    calls.push({ name: operationName(operation), variables: operation.variables });
    return answer(operation, answers);
  };
  const client = { executeQuery: handle, executeMutation: handle, executeSubscription: handle } as unknown as Client;
  return { client, calls };
}

export const pilotStructure: ProgrammeStructure = {
  code: 'RDR-PLOCK-2011',
  name: 'Razem dla rewitalizacji',
  startDate: '2011-09-01',
  endDate: '2012-11-30',
  targetParticipants: 100,
  syntheticParticipants: true,
  partners: [
    { code: 'CISI', name: 'Stowarzyszenie CISI', shortName: 'CISI', role: 'PARTNER' },
    { code: 'MOPS', name: 'MOPS w Płocku', shortName: 'MOPS', role: 'LEADER' },
    { code: 'ZDZ', name: 'ZDZ w Płocku', shortName: 'ZDZ', role: 'PARTNER' },
  ],
  tasks: [
    { code: 'RS', name: 'Reintegracja Społeczna', partner: { code: 'MOPS' } },
    { code: 'RSA', name: 'Reintegracja Społeczno-Animacyjna', partner: { code: 'CISI' } },
    { code: 'RSZ', name: 'Reintegracja Społeczno-Zawodowa', partner: { code: 'ZDZ' } },
  ],
  activities: [],
  events: [{ code: 'GALA', name: 'Gala Finałowa', date: '2012-11-17' }],
};

export const steeringViewer: Viewer = {
  role: 'STEERING',
  partnerCode: null,
  email: 'steering@demo.razem.example',
  label: 'steering@demo.razem.example',
  sessionExpiresAt: null,
  suppressionK: 5,
  perturbationMaxAdjustment: null,
  maxUploadBytes: 1024 ** 3,
};

/** Renders `children` as a signed-in page would see it: client, language, session and programme. */
export function Harness(props: { client: Client; children: ReactNode; language?: Language; viewer?: Viewer }) {
  return (
    <I18nProvider language={props.language ?? 'pl'}>
      <Provider value={props.client}>
        <SessionContext.Provider value={{ viewer: props.viewer ?? steeringViewer, signOut: () => undefined }}>
          <ProgrammeContext.Provider value={pilotStructure}>{props.children}</ProgrammeContext.Provider>
        </SessionContext.Provider>
      </Provider>
    </I18nProvider>
  );
}
