import { z } from 'zod';
import { method } from '../method';
import { normaliseHandle, PLATFORMS } from '../../people/handles';
import { ROSTER_FIELD_KEYS, type RosterMapping } from '../../people/rosterFields';
import type {
  ParliamentFetchResult,
  PeopleMergeResult,
  PersonDetail,
  PersonListItem,
  PersonRemoved,
  PersonSaved,
  RosterPreview,
} from '../types';

const id = z.number({ message: 'Say which person (a number).' }).int().positive();
const role = z.enum(['leader', 'mp', 'candidate', 'staff', 'other'], {
  message: 'Role must be one of: leader, mp, candidate, staff, other.',
});
const optionalText = (label: string, max: number) =>
  z
    .string({ message: `${label} must be text.` })
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .nullable()
    .optional();

/** A handle as typed or pasted (e.g. "@jane" or a profile link), checked and normalised per platform. */
const handle = z
  .object({
    platform: z.enum(PLATFORMS, { message: `Platform must be one of: ${PLATFORMS.join(', ')}.` }),
    handle: z.string().trim().max(300, 'A handle can be at most 300 characters.').nullable().optional(),
    accountId: z
      .string()
      .trim()
      .max(200, 'An account id can be at most 200 characters.')
      .nullable()
      .optional(),
  })
  .strict()
  .transform((h, ctx) => {
    const r = normaliseHandle(h.platform, h.handle, h.accountId);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.message, path: ['handle'] });
      return z.NEVER;
    }
    return { platform: h.platform, ...r.value };
  });

const alias = z
  .object({
    alias: z
      .string()
      .trim()
      .min(1, 'An alias cannot be empty.')
      .max(200, 'An alias can be at most 200 characters.'),
    kind: z
      .enum(['name', 'nickname', 'misspelling', 'abusive'], {
        message: 'Alias kind must be one of: name, nickname, misspelling, abusive.',
      })
      .default('name'),
  })
  .strict();

const fields = {
  name: z
    .string({ message: 'Name is required.' })
    .trim()
    .min(1, 'Name is required.')
    .max(200, 'Name can be at most 200 characters.'),
  role,
  party: optionalText('Party', 200),
  constituency: optionalText('Constituency', 200),
  gender: optionalText('Gender', 60),
  notes: optionalText('Notes', 5000),
};

const handles = z.array(handle).max(100, 'At most 100 handles per person.');
const aliases = z.array(alias).max(1000, 'At most 1,000 aliases per person.');

/** A roster CSV sent as text (the browser reads the chosen file; about 6 MB at most). */
const csv = z
  .string({ message: 'Send the CSV file’s text.' })
  .min(1, 'The file is empty.')
  .max(
    6_000_000,
    'The file is larger than 6 MB. Split it into smaller files, or remove columns Bulwark does not need.',
  );
const fileName = z.string().trim().max(300).nullable().optional();

/** Bulwark field → CSV column. */
const rosterMapping = z
  .record(z.string().max(60), z.string().min(1, 'Choose a column.').max(300))
  .superRefine((mapping, ctx) => {
    for (const field of Object.keys(mapping)) {
      if (!(ROSTER_FIELD_KEYS as string[]).includes(field)) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `"${field}" is not a roster field. Roster fields are: ${ROSTER_FIELD_KEYS.join(', ')}.`,
        });
      }
    }
  })
  .transform((mapping) => mapping as RosterMapping);

/** People we monitor: list, one in full, add, edit, remove; roster CSV import; current UK MPs. */
export const peopleMethods = {
  'people.list': method<PersonListItem[]>()(z.object({}).strict()),
  'people.get': method<PersonDetail>()(z.object({ id }).strict()),
  'people.create': method<PersonSaved>()(
    z
      .object({
        ...fields,
        role: role.default('mp'),
        handles: handles.default([]),
        aliases: aliases.default([]),
      })
      .strict(),
  ),
  'people.update': method<PersonSaved>()(
    z
      .object({
        id,
        name: fields.name.optional(),
        role: role.optional(),
        party: fields.party,
        constituency: fields.constituency,
        gender: fields.gender,
        notes: fields.notes,
        handles: handles.optional(),
        aliases: aliases.optional(),
      })
      .strict(),
  ),
  'people.remove': method<PersonRemoved>()(z.object({ id }).strict()),
  'people.previewRoster': method<RosterPreview>()(z.object({ csv, fileName }).strict()),
  'people.importRoster': method<PeopleMergeResult>()(
    z.object({ csv, fileName, mapping: rosterMapping, defaultRole: role.default('mp') }).strict(),
  ),
  'people.fetchParliament': method<ParliamentFetchResult>()(z.object({}).strict()),
  'people.cancelParliament': method<{ cancelled: boolean }>()(z.object({}).strict()),
} as const;
