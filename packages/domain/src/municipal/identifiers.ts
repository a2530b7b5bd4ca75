/** French company identifiers, checked before an invoice or a contract goes to Chorus Pro. */

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** La Poste's establishments break the Luhn rule; INSEE checks the digit sum modulo 5 instead. */
const LA_POSTE_SIREN = '356000000';

export function isValidSiren(text: string): boolean {
  return /^\d{9}$/.test(text) && luhnValid(text);
}

export function isValidSiret(text: string): boolean {
  if (!/^\d{14}$/.test(text)) return false;
  if (text.startsWith(LA_POSTE_SIREN)) {
    return [...text].reduce((sum, d) => sum + Number(d), 0) % 5 === 0;
  }
  return luhnValid(text);
}

/** FR + 2-digit key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatIdFromSiren(siren: string): string | null {
  if (!isValidSiren(siren)) return null;
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${key.toString().padStart(2, '0')}${siren}`;
}

/** French numeric VAT ids are checked by key; other EU ids only by shape (country + 2–13 characters). */
export function isPlausibleVatId(text: string): boolean {
  const fr = /^FR(\d{2})(\d{9})$/.exec(text);
  if (fr) return frenchVatIdFromSiren(fr[2] ?? '') === text;
  return /^[A-Z]{2}[0-9A-Z+*.]{2,13}$/.test(text);
}
