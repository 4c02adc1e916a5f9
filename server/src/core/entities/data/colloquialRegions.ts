/**
 * Colloquial names of regions formed with -щина / -чина ('Ярославщина', 'Смоленщина', 'Белгородчина',
 * 'Липетчина' for 'Липецкая область'): added to each '…ская область' group of the gazetteer, so the region
 * keeps its official name whatever the article calls it. General word formation, no list of regions.
 */
export function withColloquialNames(groups: readonly string[][]): string[][] {
  return groups.map((g) => {
    const extra = colloquialNames(g[0]).filter((alias) => !g.includes(alias));
    return extra.length ? [...g, ...extra] : g;
  });
}

function colloquialNames(name: string): string[] {
  const m = /^(\p{Lu}\p{Ll}+?)(?:ская|(ц)кая) область$/u.exec(name);
  if (!m || EXCLUDED.has(name)) return [];
  // 'Липецкая' -> 'Липетчина', 'Донецкая' -> 'Донетчина'.
  if (m[2]) return [`${m[1]}тчина`];
  const stem = m[1];
  // After д, ж, з, т the suffix is -чина ('Белгородчина', 'Воронежчина'); after д also -щина ('Ленинградщина').
  if (/д$/u.test(stem)) return [`${stem}чина`, `${stem}щина`];
  if (/[жзт]$/u.test(stem)) return [`${stem}чина`];
  return [`${stem}щина`];
}

/** 'Московщина' names Russia in other usage, not the region. */
const EXCLUDED = new Set(['Московская область']);
