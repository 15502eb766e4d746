/**
 * Skill ids (uuids) as small whole numbers, shared by the vacancy and programme snapshots of one process, so a skill
 * is the same index in both and per-skill data can live in typed arrays indexed by skill. It only grows: a snapshot
 * built earlier keeps valid indexes, and the taxonomy bounds its size (a few thousand skills).
 */
export class SkillRegistry {
  private readonly indexOf = new Map<string, number>();
  /** The skill id of each index. */
  readonly ids: string[] = [];

  get size(): number {
    return this.ids.length;
  }

  intern(skillId: string): number {
    let index = this.indexOf.get(skillId);
    if (index === undefined) {
      index = this.ids.length;
      this.indexOf.set(skillId, index);
      this.ids.push(skillId);
    }
    return index;
  }

  find(skillId: string): number | undefined {
    return this.indexOf.get(skillId);
  }

  /** The resident's level of every skill, by index (0 where they lack it): the dense form of their profile. */
  heldLevels(skills: ReadonlyMap<string, number>): Int8Array {
    const held = new Int8Array(this.size);
    for (const [skillId, level] of skills) {
      const index = this.find(skillId);
      // A skill no vacancy asks for and no programme teaches has no index, and nothing here needs it.
      if (index !== undefined) held[index] = level;
    }
    return held;
  }
}
