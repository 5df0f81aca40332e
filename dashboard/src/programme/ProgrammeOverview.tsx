import { useQuery } from 'urql';
import { PROGRAMME_STRUCTURE_QUERY, partnersLeaderFirst, programmeMonths, type ProgrammeStructure } from './programme-structure';

export function ProgrammeOverview({ code }: { code: string }) {
  const [{ data, fetching, error }] = useQuery<{ programme: ProgrammeStructure | null }>({
    query: PROGRAMME_STRUCTURE_QUERY,
    variables: { code },
  });
  if (fetching) return <p role="status">Ładowanie…</p>;
  if (error) return <p role="alert">Nie udało się pobrać danych: {error.message}</p>;
  const programme = data?.programme;
  if (!programme) return <p role="alert">Nie znaleziono programu {code}.</p>;
  return (
    <article>
      <h1>{programme.name}</h1>
      <p>
        {programme.startDate} – {programme.endDate} ({programmeMonths(programme.startDate, programme.endDate)} miesięcy) ·
        cel: {programme.targetParticipants} uczestników
      </p>
      {programme.syntheticParticipants && (
        <p role="note"><strong>Dane uczestników są syntetyczne</strong> (wygenerowane), nie są rzeczywistymi rejestrami.</p>
      )}
      {partnersLeaderFirst(programme).map((partner) => (
        <section key={partner.code}>
          <h2>{partner.name}</h2>
          <ul>
            {partner.activities.map((activity) => (
              <li key={activity.code}>
                <code>{activity.code}</code> {activity.name}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
