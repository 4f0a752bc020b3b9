/**
 * Meta Graph API endpoint for the WhatsApp Cloud API. Versions are named `vNN.0`; each stays
 * available for about two years after its successor ships. Bump deliberately (Graph changelog).
 */
export const GRAPH_API_VERSION = 'v26.0';
export const GRAPH_API_BASE_URL = 'https://graph.facebook.com';

/** 360dialog's Cloud API proxy: `POST {base}/messages`, header `D360-API-KEY`, Cloud API bodies. */
export const D360_BASE_URL = 'https://waba-v2.360dialog.io';
