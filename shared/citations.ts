/** Citing sources: the styles and file formats the app writes, shared by the core, the renderer and the CLI. */

/** Text styles, formatted by CSL: APA 7th, Chicago 17th notes and bibliography, MLA 9th. */
export const CITATION_STYLES = ['apa', 'chicago', 'mla'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** Files a reference manager imports. */
export const CITATION_FILES = ['bibtex', 'ris', 'csl-json'] as const;
export type CitationFileFormat = (typeof CITATION_FILES)[number];

export const CITATION_FORMATS = [...CITATION_STYLES, ...CITATION_FILES] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export function isCitationStyle(f: CitationFormat): f is CitationStyle {
  return (CITATION_STYLES as readonly string[]).includes(f);
}

export const CITATION_FILE_TYPES: Record<CitationFormat, { extension: string; mime: string }> = {
  apa: { extension: 'txt', mime: 'text/plain' },
  chicago: { extension: 'txt', mime: 'text/plain' },
  mla: { extension: 'txt', mime: 'text/plain' },
  bibtex: { extension: 'bib', mime: 'application/x-bibtex' },
  ris: { extension: 'ris', mime: 'application/x-research-info-systems' },
  'csl-json': { extension: 'json', mime: 'application/vnd.citationstyles.csl+json' },
};

/** The bundled dataset, as a citable work. */
export const DATASET_TITLE = 'Bilateral Timelines dataset: China and its partners';
export const DATASET_PUBLISHER = 'Bilateral Timelines';
