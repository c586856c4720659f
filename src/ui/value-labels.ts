import { msg } from '../lib/i18n';
import type { COST_VALUES, STATUS_VALUES } from '../model/asset';

/** The words shown for the stored values of cost and status; the stored values stay English. */
export const COST_LABELS: Record<(typeof COST_VALUES)[number], string> = { free: msg('free'), low: msg('low'), paid: msg('paid') };
export const STATUS_LABELS: Record<(typeof STATUS_VALUES)[number], string> = { active: msg('active'), inactive: msg('inactive'), closed: msg('closed') };
