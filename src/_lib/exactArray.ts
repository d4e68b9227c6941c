/**
 * The list in an array of its own length. A list grown with `push` keeps room
 * for about sixteen more items; results that are held by the thousand (needs
 * profiles, ranked openings) would otherwise be mostly spare room.
 */
export function exactArray<T>(list: T[] | undefined): T[] {
  return list === undefined || list.length === 0 ? [] : list.slice();
}
