import { z } from 'zod';

// The fields of HubSpot CRM v3 answers that we use, validated after the SDK has deserialised
// them. Everything else HubSpot sends is ignored.

/** Any created or updated CRM object: `POST /crm/v3/objects/{type}`, `PATCH …/{id}`. */
export const hubSpotObjectSchema = z.object({ id: z.string().min(1) });

/** `POST /crm/v3/objects/contacts/search`. */
export const hubSpotContactSearchSchema = z.object({
  total: z.number().int().nonnegative(),
  results: z.array(hubSpotObjectSchema),
});

/** `GET /crm/v3/owners/`: one page. */
export const hubSpotOwnersPageSchema = z.object({
  results: z.array(
    z.object({
      id: z.string().min(1),
      email: z.string().optional(),
      firstName: z.string().optional(),
      lastName: z.string().optional(),
      userId: z.number().int().optional(),
      archived: z.boolean().optional(),
    }),
  ),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

export type HubSpotOwner = z.output<typeof hubSpotOwnersPageSchema>['results'][number];
