import { z } from 'zod';
import { method } from '../method';
import type { AccountDetail } from '../types';

/** Accounts (the authors of posts): one account's course of conduct. */
export const accountMethods = {
  'accounts.get': method<AccountDetail>()(
    z
      .object({
        id: z
          .number({ message: 'Say which account (id, a number).' })
          .int('An account id is a whole number.')
          .positive('An account id is a positive number.'),
      })
      .strict(),
  ),
} as const;
