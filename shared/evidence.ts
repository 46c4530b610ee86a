/**
 * How independent a milestone's sources are: one definition, used by the dataset validator and by the
 * detail panel's count. Two records from the same news organisation (Xinhua read on its own site and on
 * People's Daily Online, or a copy of it on another site) are one voice, not two.
 */

/** What a source is. */
export const SOURCE_KINDS = ['treaty', 'joint-statement', 'official-release', 'state-agency', 'news', 'reference', 'copy'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Kinds that are official ground for an establishment or a level change (with state news agencies). */
export const OFFICIAL_KINDS: readonly SourceKind[] = ['treaty', 'joint-statement', 'official-release', 'state-agency'];

export interface EvidenceSource {
  publisher: string;
  kind: SourceKind | null;
  /** For a copy: the publisher of the record it reproduces, when known. */
  copyOfPublisher?: string | null;
}

/** News organisations whose reports are republished under other mastheads ("People's Daily Online (Xinhua)"). */
const AGENCIES: [RegExp, string][] = [
  [/xinhua|新华/i, 'xinhua'],
  [/china news service|中新社|chinanews|ecns/i, 'china news service'],
  [/kazinform/i, 'kazinform'],
  [/khovar/i, 'khovar'],
  [/\btrend\b/i, 'trend'],
  [/reuters/i, 'reuters'],
  [/ministry of foreign affairs of the prc|foreign ministry|外交部/i, 'mfa-prc'],
];

/** The organisation a source's text comes from, as a comparable key. */
export function originOf(s: EvidenceSource): string {
  const publisher = s.copyOfPublisher ?? s.publisher;
  for (const [pattern, name] of AGENCIES) if (pattern.test(publisher)) return name;
  return publisher.replace(/\s*[(（].*$/, '').replace(/\s+online$/i, '').replace(/^the\s+/i, '').trim().toLowerCase();
}

/** How many independent voices the sources are. */
export function independentSourceCount(sources: readonly EvidenceSource[]): number {
  return new Set(sources.map(originOf)).size;
}
