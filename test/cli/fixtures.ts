/** Short articles written for these tests, in wire style. */
export const WIRE_STORY = `Harbour Authority Rejects Claims of Unsafe Cranes

By Lena Marsh

ROTTERDAM, March 3 (Reuters) - The Harbour Authority on Tuesday rejected claims that its container cranes were unsafe.
"Every crane passed inspection last month," said spokesman Piet de Vries.
Union leader Anna Kowalski said the inspections had been rushed and that workers were afraid to speak up.
`;

export const SHORT_STORY = 'Mayor Ines Duarte said on Monday that the bridge would reopen in June.';
