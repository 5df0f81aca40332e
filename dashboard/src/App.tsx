import { ProgrammeOverview } from './programme/ProgrammeOverview';

export function App() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 960, margin: '0 auto', padding: '1.5rem' }}>
      <ProgrammeOverview code="RDR-PLOCK-2011" />
    </main>
  );
}
