import type { ActivityDefinition, FileLayout, IndicatorDefinition, PlannedTrajectory, ProgrammeDefinition } from '../programme-definition.js';

/**
 * FROZEN REFERENCE, for tests only: the pilot as the TypeScript object it was before it became
 * `seeds/programmes/RDR-PLOCK-2011.yaml`. The definition file must load to exactly this (pilot-definition.test.ts);
 * do not edit it to make that test pass — the file must reproduce it.
 *
 * The pilot „Razem dla rewitalizacji" (Płock, 2011-09-01 … 2012-11-30) as data, from the public
 * programme description (shared/seed/programme-description.pl.txt). Where that text gives no value
 * (event date, audience, site names, most targets) the value is marked illustrative or left null.
 */

const MOPS_TASK = 'RS';
const CISI_TASK = 'RSA';
const ZDZ_TASK = 'RSZ';

const mopsWorkshop = (n: number, name: string): ActivityDefinition => ({
  code: `MOPS-W${n}`,
  fileCode: `MOPS-W${n}`,
  name,
  kind: 'WORKSHOP',
  partner: 'MOPS',
  task: MOPS_TASK,
  venue: 'Stare Miasto w Płocku (zajęcia stacjonarne) oraz wyjazdy szkoleniowe',
  organiser: 'Miejski Ośrodek Pomocy Społecznej w Płocku',
});

const zdzCourseNames = [
  'Animator czasu wolnego z modułem prowadzenia imprez (wodzirej, DJ)',
  'Kurs witrażu/zdobnictwa',
  'Kurs wyrobu sztucznej biżuterii',
  'Florystyka/bukieciarstwo',
  'Kosmetyczka z elementami wizażu',
  'Fryzjer',
  'Nowoczesne metody wykończeniowe w budownictwie',
  'Kierowca wózków jezdniowych z napędem silnikowym',
  'Kucharz małej gastronomii',
  'Kurs obsługi komputera',
];

const zdzCourses: ActivityDefinition[] = zdzCourseNames.map((name, index) => {
  const fileCode = `K${String(index + 1).padStart(2, '0')}`;
  return {
    code: `ZDZ-${fileCode}`,
    fileCode,
    name,
    kind: 'VOCATIONAL_COURSE',
    partner: 'ZDZ',
    task: ZDZ_TASK,
    venue: 'Zakład Doskonalenia Zawodowego w Płocku',
    organiser: 'Zakład Doskonalenia Zawodowego w Płocku',
  };
});

const cisiClass = (code: string, name: string, venue: string, organiser: string): ActivityDefinition => ({
  code,
  fileCode: code,
  name,
  kind: 'ANIMATION_CLASS',
  partner: 'CISI',
  task: CISI_TASK,
  venue,
  organiser,
});

/**
 * An illustrative plan: the cumulative value rising evenly from `from` to `to` over the months
 * `first` … `last` (YYYY-MM), whole numbers. The programme description gives targets, not schedules,
 * so every pilot plan is illustrative and labelled so.
 */
function evenPlan(first: string, last: string, to: number, from = 0): PlannedTrajectory {
  const months: string[] = [];
  for (let [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))]; `${year}-${String(month).padStart(2, '0')}` <= last; ) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return {
    illustrative: true,
    points: months.map((month, index) => ({ month, planned: Math.round(from + ((to - from) * (index + 1)) / months.length) })),
  };
}

const pilotIndicators: IndicatorDefinition[] = [
  {
    code: 'PARTICIPANTS',
    name: 'Liczba uczestników objętych wsparciem',
    description: 'Osoby zagrożone wykluczeniem społecznym zarejestrowane w programie (rejestr MOPS).',
    numerator: { measure: 'PARTICIPANTS' },
    target: 100,
    targetIllustrative: false,
    plan: evenPlan('2011-09', '2012-02', 100),
    unit: 'COUNT',
  },
  {
    code: 'YOUTH_PARTICIPANTS',
    name: 'Liczba uczestników w wieku poniżej 25 lat',
    description: 'Uczestnicy, którzy w dniu przystąpienia do programu nie ukończyli 25 lat (młodzież).',
    numerator: { measure: 'PARTICIPANTS', filter: { ageBands: ['UNDER_18', 'AGE_18_24'] } },
    target: null,
    targetIllustrative: false,
    unit: 'COUNT',
  },
  {
    code: 'COMPLETION_RATE',
    name: 'Odsetek uczestników, którzy ukończyli program',
    description: 'Uczestnicy z powodem zakończenia UKONCZENIE ÷ wszyscy zarejestrowani uczestnicy.',
    numerator: { measure: 'COMPLETIONS' },
    denominator: { measure: 'PARTICIPANTS' },
    target: 0.8,
    targetIllustrative: true,
    unit: 'RATE',
  },
  {
    code: 'DROPOUT_RATE',
    name: 'Odsetek uczestników, którzy zrezygnowali',
    description: 'Uczestnicy z powodem zakończenia REZYGNACJA ÷ wszyscy zarejestrowani uczestnicy.',
    numerator: { measure: 'DROPOUTS' },
    denominator: { measure: 'PARTICIPANTS' },
    target: 0.2,
    targetIllustrative: true,
    direction: 'AT_MOST',
    unit: 'RATE',
  },
  {
    code: 'ATTENDANCE_RATE',
    name: 'Frekwencja na zajęciach',
    description: 'Obecności ÷ wszystkie zapisy obecności (obecny, nieobecny, usprawiedliwiony) we wszystkich zajęciach.',
    numerator: { measure: 'ATTENDANCES' },
    denominator: { measure: 'ATTENDANCE_RECORDS' },
    target: 0.75,
    targetIllustrative: true,
    unit: 'RATE',
  },
  {
    code: 'CERTIFIED_PARTICIPANTS',
    name: 'Liczba uczestników z zaświadczeniem ukończenia kursu',
    description: 'Uczestnicy, którzy zdali egzamin co najmniej jednego kursu zawodowego ZDZ.',
    numerator: { measure: 'CERTIFIED_PARTICIPANTS' },
    target: 50,
    targetIllustrative: true,
    plan: evenPlan('2012-01', '2012-10', 50),
    unit: 'COUNT',
  },
  {
    code: 'EMPLOYED_AFTER',
    name: 'Liczba uczestników zatrudnionych po zakończeniu udziału',
    description: 'Uczestnicy z rezultatem ZATRUDNIENIE lub SAMOZATRUDNIENIE (do 6 miesięcy po zakończeniu programu).',
    numerator: { measure: 'RESULTS', filter: { resultTypes: ['EMPLOYED', 'SELF_EMPLOYED'] } },
    target: 20,
    targetIllustrative: true,
    plan: evenPlan('2012-06', '2012-11', 20),
    unit: 'COUNT',
  },
  {
    code: 'SITES_REDEVELOPED',
    name: 'Liczba zagospodarowanych miejsc na Starym Mieście',
    description: 'Miejsca, w których w ramach konkursu wykonano porządki, nasadzenia i murale.',
    numerator: { measure: 'SITES' },
    target: 4,
    targetIllustrative: false,
    plan: evenPlan('2012-05', '2012-10', 4),
    unit: 'COUNT',
  },
  {
    code: 'EVENTS',
    name: 'Liczba wydarzeń środowiskowych',
    description: 'Wydarzenia otwarte dla społeczności lokalnej (m.in. Gala Finałowa).',
    numerator: { measure: 'EVENTS' },
    target: 1,
    targetIllustrative: true,
    plan: { illustrative: true, points: [{ month: '2011-09', planned: 0 }, { month: '2012-11', planned: 1 }] },
    unit: 'COUNT',
  },
  {
    code: 'MEDIA_MENTIONS',
    name: 'Liczba publikacji w mediach',
    description: 'Artykuły i komunikaty o programie w mediach lokalnych i na stronie Urzędu Miasta.',
    numerator: { measure: 'MEDIA_MENTIONS' },
    target: 2,
    targetIllustrative: true,
    plan: { illustrative: true, points: [{ month: '2011-09', planned: 1 }, { month: '2012-11', planned: 2 }] },
    unit: 'COUNT',
  },
];

/** The eight partner file kinds of docs/interfaces.md §3, as layouts. */
const csv = (delimiter: ';' | ',', dateFormat: 'YYYY-MM-DD' | 'DD.MM.YYYY') =>
  ({ format: 'csv', delimiter, encodings: ['utf-8', 'windows-1250'], dateFormat, decimalSeparator: 'either', dropColumns: [] }) as const;
const mopsCsv = csv(';', 'YYYY-MM-DD');
const cisiCsv = csv(',', 'DD.MM.YYYY');
const zdzCsv = csv(';', 'YYYY-MM-DD');

const pilotFileLayouts: FileLayout[] = [
  {
    kind: 'mops-register', partner: 'MOPS', record: 'register', ...mopsCsv,
    columns: {
      participantCode: 'kod_uczestnika', pesel: 'pesel', entryDate: 'data_przystapienia', exitDate: 'data_zakonczenia',
      exitReason: 'powod_zakonczenia', labourStatus: 'status_na_rynku_pracy', education: 'wyksztalcenie',
    },
    codes: {
      exitReason: { UKONCZENIE: 'COMPLETED', REZYGNACJA: 'DROPPED_OUT' },
      labourStatus: { BEZROBOTNY: 'UNEMPLOYED', BIERNY: 'INACTIVE', PRACUJACY: 'EMPLOYED' },
      education: { PODSTAWOWE: 'PRIMARY', GIMNAZJALNE: 'LOWER_SECONDARY', PONADGIMNAZJALNE: 'UPPER_SECONDARY', POLICEALNE: 'POST_SECONDARY', WYZSZE: 'TERTIARY' },
    },
  },
  {
    kind: 'mops-workshops', partner: 'MOPS', record: 'attendance', ...mopsCsv,
    columns: { participantCode: 'kod_uczestnika', activity: 'warsztat', date: 'data', sessionLength: 'godziny', status: 'obecnosc' },
    sessionLength: { unit: 'HOURS' },
    codes: { status: { OB: 'PRESENT', NB: 'ABSENT', US: 'EXCUSED' } },
  },
  {
    kind: 'mops-childcare', partner: 'MOPS', record: 'childcare', ...mopsCsv,
    columns: { participantCode: 'kod_uczestnika', date: 'data', children: 'liczba_dzieci', hours: 'godziny' },
    codes: {},
    activity: 'MOPS-SWIETLICA',
  },
  {
    kind: 'mops-results', partner: 'MOPS', record: 'results', ...mopsCsv,
    columns: { participantCode: 'kod_uczestnika', date: 'data', result: 'rezultat' },
    codes: { result: { ZATRUDNIENIE: 'EMPLOYED', SAMOZATRUDNIENIE: 'SELF_EMPLOYED', KSZTALCENIE: 'IN_EDUCATION', POSZUKIWANIE_PRACY: 'JOB_SEEKING' } },
  },
  {
    kind: 'cisi-attendance', partner: 'CISI', record: 'attendance', ...cisiCsv,
    columns: { participantCode: 'uczestnik', activity: 'zajecia', date: 'data', sessionLength: 'czas_min', status: 'obecny' },
    sessionLength: { unit: 'MINUTES' },
    codes: { status: { T: 'PRESENT', N: 'ABSENT' } },
  },
  {
    kind: 'cisi-support', partner: 'CISI', record: 'support', ...cisiCsv,
    columns: { participantCode: 'uczestnik', date: 'data', supportKind: 'rodzaj', quantity: 'ilosc', description: 'opis' },
    codes: {
      supportKind: { SPRZET_SPORTOWY: 'SPRZET_SPORTOWY', BADANIE_LEKARSKIE: 'BADANIE_LEKARSKIE', STROJ: 'STROJ', OBUWIE: 'OBUWIE', APARAT_FOTOGRAFICZNY: 'APARAT_FOTOGRAFICZNY' },
    },
  },
  {
    kind: 'zdz-attendance', partner: 'ZDZ', record: 'attendance', ...zdzCsv,
    columns: { pesel: 'pesel', activity: 'kurs', date: 'data', sessionLength: 'godz_lekcyjne', status: 'obecnosc' },
    dropColumns: ['nazwisko', 'imie'],
    sessionLength: { unit: 'LESSON_HOURS', lessonMinutes: 45 },
    codes: { status: { '1': 'PRESENT', '0': 'ABSENT' } },
  },
  {
    kind: 'zdz-exams', partner: 'ZDZ', record: 'exams', ...zdzCsv,
    columns: { pesel: 'pesel', activity: 'kurs', date: 'data_egzaminu', outcome: 'wynik', certificateNumber: 'nr_zaswiadczenia' },
    codes: { outcome: { ZDAL: 'PASSED', NIE_ZDAL: 'FAILED' } },
  },
];

export const pilotProgrammeAsTypeScript: ProgrammeDefinition = {
  code: 'RDR-PLOCK-2011',
  name: 'Razem dla rewitalizacji',
  description:
    'Pilotażowy program rewitalizacji społecznej Obszaru Starego Miasta w Płocku: wsparcie 100 osób zagrożonych ' +
    'wykluczeniem społecznym (w tym młodzieży) oraz animacja społeczności lokalnej.',
  startDate: '2011-09-01',
  endDate: '2012-11-30',
  syntheticParticipants: true,
  targetParticipants: 100,
  // Illustrative: the programme description sets no reporting deadline; the 10th is the ESF projects' usual one.
  submissionDueDay: 10,
  partners: [
    {
      code: 'MOPS',
      name: 'Miejski Ośrodek Pomocy Społecznej w Płocku',
      shortName: 'MOPS',
      role: 'LEADER',
    },
    {
      code: 'CISI',
      name: 'Stowarzyszenie Centrum Innowacji Społeczeństwa Informacyjnego',
      shortName: 'CISI',
      role: 'PARTNER',
    },
    {
      code: 'ZDZ',
      name: 'Zakład Doskonalenia Zawodowego w Płocku',
      shortName: 'ZDZ',
      role: 'PARTNER',
    },
  ],
  tasks: [
    { code: MOPS_TASK, name: 'Reintegracja Społeczna', partner: 'MOPS' },
    { code: CISI_TASK, name: 'Reintegracja Społeczno-Animacyjna', partner: 'CISI' },
    { code: ZDZ_TASK, name: 'Reintegracja Społeczno-Zawodowa', partner: 'ZDZ' },
  ],
  activities: [
    mopsWorkshop(1, 'Kształtowanie postawy pro-aktywnej'),
    mopsWorkshop(2, 'Warsztaty psycho-edukacyjne'),
    mopsWorkshop(3, 'Warsztaty z zakresu edukacji społecznej'),
    mopsWorkshop(4, 'Warsztaty z zakresu edukacji seksualnej/planowanie rodziny'),
    {
      code: 'MOPS-SWIETLICA',
      fileCode: 'MOPS-SWIETLICA',
      name: 'Świetlica środowiskowa: zajęcia integracyjne i opieka nad dziećmi uczestników',
      kind: 'COMMUNITY_CENTRE',
      partner: 'MOPS',
      task: MOPS_TASK,
      venue: 'Świetlica środowiskowa, Stare Miasto w Płocku',
      organiser: 'Miejski Ośrodek Pomocy Społecznej w Płocku',
    },
    cisiClass('CISI-SPORT', 'Zajęcia sportowe: kick-boxing i podstawy MMA', 'Płock', 'Stowarzyszenie Polska Liga Kick-Boxingu'),
    cisiClass(
      'CISI-FILM',
      'Zajęcia filmowe: przygotowanie i nagrywanie materiałów filmowych',
      'Płock',
      'Piotr Bała, aktor i reżyser Teatru Dramatycznego w Płocku',
    ),
    cisiClass('CISI-TANIEC', 'Zajęcia taneczne', 'Młodzieżowy Dom Kultury w Płocku', 'Aleksandra Wysocka-Kowalska'),
    cisiClass(
      'CISI-PLASTYKA',
      'Zajęcia plastyczne, częściowo w terenie',
      'Stare Miasto w Płocku (zajęcia w terenie)',
      'Bartosz Głowacki, z trenerami-plastykami',
    ),
    cisiClass('CISI-FOTO', 'Zajęcia fotograficzne', 'Stare Miasto w Płocku', 'Adam Bębenista'),
    ...zdzCourses,
  ],
  participantCode: { pattern: '^RDR-\\d{3,}$', description: 'RDR- and three or more digits' },
  supportKinds: [
    { code: 'SPRZET_SPORTOWY', name: { pl: 'Sprzęt sportowy', en: 'Sports equipment' }, activity: 'CISI-SPORT' },
    { code: 'BADANIE_LEKARSKIE', name: { pl: 'Badanie lekarskie', en: 'Medical examination' }, activity: 'CISI-SPORT' },
    { code: 'STROJ', name: { pl: 'Strój', en: 'Outfit' }, activity: 'CISI-TANIEC' },
    { code: 'OBUWIE', name: { pl: 'Obuwie', en: 'Sports shoes' }, activity: 'CISI-TANIEC' },
    { code: 'APARAT_FOTOGRAFICZNY', name: { pl: 'Aparat fotograficzny', en: 'Camera' }, activity: 'CISI-FOTO' },
  ],
  fileLayouts: pilotFileLayouts,
  events: [
    {
      code: 'GALA-FINALOWA',
      name: 'Gala Finałowa Projektu',
      // The description names the gala as the programme's closing event but gives no date.
      date: '2012-11-23',
      venue: 'Kino Przedwiośnie w Płocku',
      description:
        'Zwieńczenie projektu: pokazy walk na ringu (pasy Mistrza Płocka), premiera filmu uczestników, występ ' +
        'taneczny, wystawa prac plastycznych i fotografii.',
      audience: null,
      audienceIllustrative: false,
    },
  ],
  sites: [1, 2, 3, 4].map((n) => ({
    code: `MIEJSCE-${n}`,
    name: `Miejsce ${n} na Starym Mieście`,
    description: 'Miejsce zagospodarowane w konkursie: porządki, nasadzenia, mural (lokalizacja nieopisana w źródle).',
    redevelopedOn: null,
  })),
  mediaMentions: [
    {
      code: 'GW-RAZEM',
      outlet: 'Gazeta Wyborcza',
      title: '"Razem dla rewitalizacji", czyli jak rozruszać ludzi starówki',
      publishedOn: null,
    },
    {
      code: 'UMP-SWIETLICA',
      outlet: 'Aktualności Urzędu Miasta Płocka',
      title: 'W świetlicy o rewitalizacji społecznej',
      publishedOn: null,
    },
  ],
  indicators: pilotIndicators,
};
