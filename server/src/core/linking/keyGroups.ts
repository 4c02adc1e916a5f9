/**
 * Union-find over linking keys. A key naming an alias group ('LOC:#12') tags its set; two sets tagged
 * with different groups never join: two distinct known names are never one entity.
 */
export class KeyGroups {
  private readonly parent = new Map<string, string>();
  private readonly tag = new Map<string, string>();

  add(key: string): void {
    if (this.parent.has(key)) return;
    this.parent.set(key, key);
    if (/:#\d+$/.test(key)) this.tag.set(key, key);
  }

  find(key: string): string {
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    for (let k = key; k !== root; ) {
      const next = this.parent.get(k)!;
      this.parent.set(k, root);
      k = next;
    }
    return root;
  }

  /** Joins the sets of a and b; false (and nothing done) when they carry different alias tags. */
  union(a: string, b: string): boolean {
    this.add(a);
    this.add(b);
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const ta = this.tag.get(ra);
    const tb = this.tag.get(rb);
    if (ta && tb && ta !== tb) return false;
    this.parent.set(rb, ra);
    if (!ta && tb) this.tag.set(ra, tb);
    return true;
  }
}
