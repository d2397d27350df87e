/** The localStorage key of the home page's "next up" summaries ($nextUpSummaries). */
export const NEXT_UP_KEY = 'ft-next-up';
