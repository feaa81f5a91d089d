import { z } from 'zod';
import { method } from '../method';
import type {
  CategoryInfo,
  CategorySaved,
  JobStarted,
  LexiconSettings,
  ReclassifyStatus,
  TaxonomyChange,
  ThresholdSettings,
} from '../types';
import { categoryKey } from './review';

const name = z
  .string({ message: 'A name must be text.' })
  .trim()
  .min(1, 'A category needs a name.')
  .max(80, 'A name can be at most 80 characters.');
const description = z.string().trim().max(500, 'A description can be at most 500 characters.');
const colour = z
  .string({ message: 'A colour must be text like "#D55E00".' })
  .regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written as # and six hex digits, e.g. "#D55E00".')
  .transform((c) => c.toUpperCase());
const severity = z
  .number({ message: 'Severity is a number from 0 to 4.' })
  .int('Severity is a whole number from 0 to 4.')
  .min(0, 'Severity is from 0 (not counted as abuse) to 4 (urgent).')
  .max(4, 'Severity is from 0 (not counted as abuse) to 4 (urgent).');
/** A new category's key: a slug, so it is safe in URLs, files and evidence packs. */
const newKey = z
  .string({ message: 'A key is needed, e.g. "veiled_threat".' })
  .trim()
  .min(2, 'A key needs at least 2 characters.')
  .max(40, 'A key can be at most 40 characters.')
  .regex(
    /^[a-z][a-z0-9_]*$/,
    'A key starts with a lower-case letter and uses only lower-case letters, digits and underscores (for example "veiled_threat").',
  );

const entry = z
  .object({
    term: z
      .string({ message: 'A term must be text.' })
      .trim()
      .min(1, 'A term cannot be empty.')
      .max(100, 'A term can be at most 100 characters.'),
    category: categoryKey,
  })
  .strict();
const entries = z.array(entry).max(5000, 'At most 5,000 entries in each list.');

const threshold = z
  .number({ message: 'A threshold is a number between 0 and 1.' })
  .min(0.05, 'A threshold below 0.05 would flag almost everything.')
  .max(0.99, 'A threshold above 0.99 would flag almost nothing.');

/** The editable taxonomy, the lexicon, the thresholds and re-running the classifier. */
export const taxonomyMethods = {
  'taxonomy.list': method<CategoryInfo[]>()(z.object({}).strict()),
  'taxonomy.update': method<CategorySaved>()(
    z
      .object({
        key: categoryKey,
        name: name.optional(),
        description: description.optional(),
        colour: colour.optional(),
        severity: severity.optional(),
        enabled: z.boolean({ message: 'enabled must be true or false.' }).optional(),
      })
      .strict()
      .refine(
        (c) => [c.name, c.description, c.colour, c.severity, c.enabled].some((v) => v !== undefined),
        'Say what to change: name, description, colour, severity or enabled.',
      ),
  ),
  'taxonomy.add': method<CategoryInfo>()(
    z
      .object({
        key: newKey,
        name,
        description: description.default(''),
        colour: colour.default('#888888'),
        severity: severity.optional(),
        isAbuse: z.boolean().default(true),
      })
      .strict(),
  ),
  'taxonomy.history': method<TaxonomyChange[]>()(
    z.object({ key: categoryKey.optional(), limit: z.number().int().min(1).max(1000).default(100) }).strict(),
  ),
  'lexicon.get': method<LexiconSettings>()(z.object({}).strict()),
  'lexicon.set': method<LexiconSettings>()(z.object({ add: entries, disable: entries }).strict()),
  'thresholds.get': method<ThresholdSettings>()(z.object({}).strict()),
  'thresholds.set': method<ThresholdSettings>()(
    z
      .object({
        values: z
          .object({
            rule: threshold,
            ruleWithModel: threshold,
            offensive: threshold,
            targeted: threshold,
            sexism: threshold,
            antisemitism: threshold,
            politicalModel: threshold,
          })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  'classify.reclassify': method<JobStarted>()(z.object({}).strict()),
  'classify.cancel': method<{ cancelled: boolean }>()(
    z.object({ jobId: z.string().min(1).max(100) }).strict(),
  ),
  'classify.status': method<ReclassifyStatus>()(z.object({}).strict()),
} as const;
