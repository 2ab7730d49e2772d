// Registry of compiled lexicons. Compiling happens once per language, on first use.
import { compileLexicon, type CompiledLexicon } from './compile';
import { en } from './lexicon/en';
import { decodeLexicon, type CompactLexicon } from './lexicon/format';

const SOURCES: Readonly<Record<string, CompactLexicon>> = { en };
const compiled = new Map<string, CompiledLexicon>();

export function getLexicon(language = 'en'): CompiledLexicon {
  let lx = compiled.get(language);
  if (!lx) {
    const src = SOURCES[language];
    if (!src) throw new Error(`no lexicon for language "${language}"`);
    lx = compileLexicon(decodeLexicon(src));
    compiled.set(language, lx);
  }
  return lx;
}
