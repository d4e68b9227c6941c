/**
 * A set of event ids for the duplicate check of a replay: open addressing over
 * a typed array of positions into the list of ids, with a string hash of its own.
 *
 * Why not a `Set`: on the Node 20 engine a `Set` grown to 10,000 strings costs
 * about 50 times what one of 1,000 costs (its tables are reallocated in the
 * large-object space as they grow), which made `replayCase` grow faster than
 * the number of events. This index is sized once for the ids it will hold and
 * stays linear (measured in `npm run bench`, rows `replay-1000` and
 * `replay-10000`).
 */
export class IdIndex {
  private readonly ids: string[] = [];
  private slots: Int32Array;
  private mask: number;

  /** @param expected - How many ids will be added (the index grows beyond it if needed). */
  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** True when `id` was added before. */
  has(id: string): boolean {
    return this.find(id) >= 0;
  }

  /** Adds `id` (no effect when it is already there). */
  add(id: string): void {
    if (this.find(id) >= 0) return;
    if ((this.ids.length + 1) * 2 > this.slots.length) this.grow();
    this.place(id, this.ids.length);
    this.ids.push(id);
  }

  /** The position of `id` in the added ids, or -1. */
  private find(id: string): number {
    for (let slot = hash(id) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot] as number;
      if (at < 0 || this.ids[at] === id) return at;
    }
  }

  private place(id: string, at: number): void {
    let slot = hash(id) & this.mask;
    while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = at;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    for (let at = 0; at < this.ids.length; at++) this.place(this.ids[at] as string, at);
  }
}

/** FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit number. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
