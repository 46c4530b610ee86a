/**
 * Citations as text (APA, Chicago notes and bibliography, MLA) and as files reference managers import
 * (BibTeX, RIS, CSL-JSON), all through citation-js and CSL: no style is formatted by hand.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Language } from '../../shared/domain';
import type { CitationFileFormat, CitationStyle } from '../../shared/citations';
import { CSL_STYLE_IDS, ensureCslResources } from './csl-resources';
import type { CslItem } from './csl-items';

// BibTeX: our ids are already stable ASCII keys; titles in Arabic and Chinese stay as they are (UTF-8, as
// biblatex and reference managers read it) instead of being dropped for want of a LaTeX escape.
const bibtexFormat = (plugins.config.get('@bibtex') as { format: Record<string, boolean> }).format;
bibtexFormat.useIdAsLabel = true;
bibtexFormat.asciiOnly = false;

const CSL_LOCALES: Record<Language, string> = { en: 'en-US', ar: 'ar', zh: 'zh-CN' };

export interface FormattedCitation {
  id: string;
  /** The bibliography entry (reference list, works cited, bibliography). */
  entry: string;
  /** Chicago only: the first full note. */
  note?: string;
}

/** For text styles, a non-Latin title is followed by its translation in square brackets (APA 7 §9.38, CMOS 14.98, MLA 9 §6.41). */
function forText(item: CslItem): CslItem {
  const translated = item['translated-title'];
  if (!translated) return item;
  const { 'translated-title': _omit, ...rest } = item;
  return { ...rest, title: `${item.title} [${translated}]` };
}

function format(items: CslItem[], kind: 'bibliography' | 'citation', style: keyof typeof CSL_STYLE_IDS, language: Language): string {
  ensureCslResources();
  return new Cite(items).format(kind, { format: 'text', template: CSL_STYLE_IDS[style], lang: CSL_LOCALES[language] }) as string;
}

/** One entry per item, in the items' order (styles that sort, APA and MLA, do not reorder a single entry). */
export function formatCitations(items: CslItem[], style: CitationStyle, language: Language = 'en'): FormattedCitation[] {
  return items.map((item) => {
    const text = forText(item);
    const entry = format([text], 'bibliography', style, language).trim();
    return style === 'chicago' ? { id: item.id, entry, note: format([text], 'citation', 'chicago-note', language).trim() } : { id: item.id, entry };
  });
}

/** A reference list: the entries in the style's own order (APA and MLA alphabetical), one per line. */
export function formatBibliography(items: CslItem[], style: CitationStyle, language: Language = 'en'): string {
  if (items.length === 0) return '';
  return format(items.map(forText), 'bibliography', style, language).trim() + '\n';
}

/**
 * RIS from citation-js's tag mapping, one tag a line. Its own text output folds values every 70
 * characters, mid-word, and readers (its own parser included) join the pieces with a space, so a long
 * title would come back altered; RIS needs no folding.
 */
function risText(items: CslItem[]): string {
  const entries = new Cite(items).format('ris', { format: 'object' }) as Record<string, unknown>[];
  return entries
    .map((entry) => {
      const lines = [`TY  - ${String(entry.TY)}`];
      for (const [tag, value] of Object.entries(entry)) {
        if (tag === 'TY') continue;
        for (const v of ([] as unknown[]).concat(value)) lines.push(`${tag}  - ${String(v).replace(/\s*[\r\n]+\s*/g, ' ')}`);
      }
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n') + '\n';
}

export function citationFile(items: CslItem[], file: CitationFileFormat): string {
  if (file === 'csl-json') return JSON.stringify(items, null, 2) + '\n';
  ensureCslResources();
  return file === 'bibtex' ? (new Cite(items).format('bibtex', { format: 'text' }) as string) : risText(items);
}
