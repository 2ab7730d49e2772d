import { loadCorpus } from '../corpus/metrics';

/** The probe sets (test/corpus/probe*-en.jsonl; provenance in test/corpus/probe-accuracy.test.ts). */
export const PROBES = ['probe-en.jsonl', 'probe2-en.jsonl', 'probe3-en.jsonl', 'probe4-en.jsonl', 'probe5-en.jsonl', 'probe6-en.jsonl', 'probe7-en.jsonl', 'probe8-en.jsonl'];

/** Every probe message's text, in file order: the texts both the steady and the cold throughput runs time. */
export const probeTexts = (): string[] => PROBES.flatMap((f) => loadCorpus(f).map((e) => e.text));
