// Small helpers for the sentences the screens build.

/** "1 seat", "3 seats". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "A", "A and B", "A, B and C". */
export const joinAnd = (xs: string[]): string => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
