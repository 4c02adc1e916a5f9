/**
 * A spelling finding's message in the CLI's language, worded from the finding's fields (the core's
 * `message` is English; JSON and SARIF keep it). Which problem it is: the core's `problem` when it
 * gives one, else told from the code and the letters (mixed-script; a decomposed letter; a variant).
 */
import type { Finding } from '../../core/consistency/findInconsistencies';
import { t } from './index';

type FindingParts = Pick<Finding, 'code' | 'kind' | 'variant' | 'preferred' | 'variantCount' | 'preferredCount' | 'text'> & Partial<Pick<Finding, 'pair'>>;

function problemOf(f: FindingParts): 'variant' | 'mixed-script' | 'decomposed' | 'possible-variant' {
  const given = (f as { problem?: string }).problem;
  if (given === 'variant' || given === 'mixed-script' || given === 'decomposed' || given === 'possible-variant') return given;
  if (f.code === 'mixed-script') return 'mixed-script';
  return f.text.normalize('NFC') !== f.text && f.variantCount === 1 && f.variant === f.text ? 'decomposed' : 'variant';
}

export function findingMessage(f: FindingParts): string {
  const m = t().findings;
  switch (problemOf(f)) {
    case 'mixed-script':
      return m.mixedScript(f.text, f.preferred);
    case 'decomposed':
      return m.decomposed(f.text, f.preferred);
    case 'possible-variant':
      return m.possible(f.variant, f.variantCount, f.preferred, f.preferredCount, f.pair?.edit ?? '');
    default:
      return m.variant(f.variant, f.variantCount, f.preferred, f.preferredCount, f.kind === 'other-edit' && f.pair ? f.pair.edit : m.kinds[f.kind] ?? f.kind);
  }
}
