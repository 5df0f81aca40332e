/**
 * Name parts for ZDZ's attendance lists, which carry names (the hub drops them on reading). Common
 * Polish first names and surnames, combined at random into fictional people; chosen to be full of
 * diacritics (Ł, Ż, Ś, ę, ó …) so a wrong Windows-1250 decoding cannot go unnoticed.
 */

export const FEMALE_FIRST_NAMES: readonly string[] = [
  'Żaneta', 'Małgorzata', 'Agnieszka', 'Katarzyna', 'Jolanta', 'Bożena', 'Grażyna', 'Elżbieta', 'Urszula', 'Łucja',
  'Dorota', 'Beata', 'Iwona', 'Żaklina', 'Krystyna', 'Wiesława', 'Halina', 'Ewelina', 'Paulina', 'Marzena',
  'Jadwiga', 'Teresa', 'Aleksandra', 'Zofia', 'Julia', 'Natalia', 'Wiktoria', 'Oliwia', 'Weronika', 'Gabriela',
  'Patrycja', 'Sylwia', 'Dominika', 'Martyna', 'Kamila', 'Magdalena', 'Joanna', 'Anna', 'Renata', 'Stanisława',
];

export const MALE_FIRST_NAMES: readonly string[] = [
  'Łukasz', 'Paweł', 'Michał', 'Mikołaj', 'Stanisław', 'Wojciech', 'Grzegorz', 'Zbigniew', 'Przemysław', 'Bartłomiej',
  'Jarosław', 'Mirosław', 'Józef', 'Kazimierz', 'Jędrzej', 'Rafał', 'Sławomir', 'Krzysztof', 'Tomasz', 'Piotr',
  'Marcin', 'Dariusz', 'Zdzisław', 'Bogusław', 'Radosław', 'Maciej', 'Jakub', 'Kacper', 'Szymon', 'Dawid',
  'Kamil', 'Mateusz', 'Adrian', 'Sebastian', 'Damian', 'Artur', 'Leszek', 'Henryk', 'Tadeusz', 'Wiesław',
];

/** [masculine, feminine] forms; identical where Polish does not inflect the surname by sex. */
export const SURNAMES: readonly (readonly [masculine: string, feminine: string])[] = [
  ['Wójcik', 'Wójcik'], ['Gręś', 'Gręś'], ['Ściborowski', 'Ściborowska'], ['Kowalczyk', 'Kowalczyk'],
  ['Woźniak', 'Woźniak'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'],
  ['Szymański', 'Szymańska'], ['Dąbrowski', 'Dąbrowska'], ['Kozłowski', 'Kozłowska'], ['Jabłoński', 'Jabłońska'],
  ['Mazur', 'Mazur'], ['Krawczyk', 'Krawczyk'], ['Piotrowski', 'Piotrowska'], ['Grabowski', 'Grabowska'],
  ['Nowakowski', 'Nowakowska'], ['Pawłowski', 'Pawłowska'], ['Michalski', 'Michalska'], ['Król', 'Król'],
  ['Wieczorek', 'Wieczorek'], ['Jaworski', 'Jaworska'], ['Wróbel', 'Wróbel'], ['Majewski', 'Majewska'],
  ['Olszewski', 'Olszewska'], ['Stępień', 'Stępień'], ['Jaśkiewicz', 'Jaśkiewicz'], ['Malinowski', 'Malinowska'],
  ['Górski', 'Górska'], ['Rutkowski', 'Rutkowska'], ['Sikora', 'Sikora'], ['Błaszczyk', 'Błaszczyk'],
  ['Żak', 'Żak'], ['Łęcki', 'Łęcka'], ['Źródłowski', 'Źródłowska'], ['Ćwikliński', 'Ćwiklińska'],
  ['Gałązka', 'Gałązka'], ['Żółtowski', 'Żółtowska'], ['Sołtysiak', 'Sołtysiak'], ['Kęsicki', 'Kęsicka'],
  ['Przybyłowicz', 'Przybyłowicz'], ['Ślusarczyk', 'Ślusarczyk'], ['Łuczak', 'Łuczak'], ['Świątek', 'Świątek'],
];
