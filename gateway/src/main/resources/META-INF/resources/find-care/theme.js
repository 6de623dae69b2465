// Brand theming from the organization record (GET /api/v1/organizations): name, phone, colours.
// Colours are used only where their contrast meets WCAG 2.1 AA; otherwise the defaults stay.
import { get } from './api.js';

function luminance(hex) {
  const channel = (i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const HEX = /^#[0-9a-f]{6}$/;

/** `+1-833-657-0858` → `(833) 657-0858` and `tel:+18336570858`. */
export function phoneParts(phone) {
  const digits = (phone || '').replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  if (digits.length !== 10) {
    return null;
  }
  return { text: `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`, href: `tel:+1${digits}` };
}

export async function applyTheme(orgId) {
  if (!orgId) {
    return null;
  }
  let organizations;
  try {
    organizations = await get('/organizations');
  } catch (e) {
    return null;
  }
  const org = (organizations || []).find((o) => o.id === orgId);
  if (!org) {
    return null;
  }
  document.getElementById('brand-name').textContent = org.name;
  document.title = `${document.title} · ${org.name}`;
  const phone = phoneParts(org.phone);
  if (phone) {
    const link = document.getElementById('brand-phone');
    link.textContent = phone.text;
    link.href = phone.href;
  }
  const root = document.documentElement.style;
  const primary = org.theme?.primaryColor;
  if (primary && HEX.test(primary)) {
    const onWhite = contrast(primary, '#ffffff');
    const onDark = contrast(primary, '#1a1a1a');
    root.setProperty('--brand-primary', primary);
    root.setProperty('--brand-on-primary', onWhite >= onDark ? '#ffffff' : '#1a1a1a');
    if (onWhite >= 4.5) {
      root.setProperty('--link', primary);
    }
  }
  const accent = org.theme?.accentColor;
  if (accent && HEX.test(accent)) {
    root.setProperty('--brand-accent', accent);
  }
  return org;
}
