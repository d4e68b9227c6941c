/** Which generated block goes into which doc, and the function that makes it. */
import { fidelityTable } from '../test/fidelity/table';
import {
  adaptationTriggersTable,
  needRulesTable,
  needThresholdsTable,
  needsToAdaptationsTable,
} from './docTables';

export const DOC_BLOCKS: Readonly<Record<string, Readonly<Record<string, () => string>>>> = {
  'docs/needs.md': { 'need-rules': needRulesTable, 'need-thresholds': needThresholdsTable },
  'docs/adaptations.md': {
    'adaptation-triggers': adaptationTriggersTable,
    'needs-to-adaptations': needsToAdaptationsTable,
  },
  'docs/fidelity.md': { vignettes: fidelityTable },
};
