/** HubSpot contact properties the pipeline writes besides phone and name (custom ones must exist in the portal). */
export const HUBSPOT_PROPERTIES = {
  language: 'hs_language',
  channel: 'lead_channel',
  score: 'lead_score',
  classification: 'lead_classification',
} as const;
export const UTM_FIELDS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
