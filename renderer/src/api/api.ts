import { createApi } from './transport';

/** The one client of the app's API in this window. */
export const api = createApi();
