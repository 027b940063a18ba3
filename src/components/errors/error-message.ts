import type { TFunction } from 'i18next';
import { isApiError } from '../../api/api-error';

/** What to tell the user about a failed request, from the ApiError's kind. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown');
  switch (error.kind) {
    case 'validation':
      return t('errors.validation', { message: Object.values(error.fields).flat()[0] ?? error.message });
    default:
      return t(`errors.${error.kind}`);
  }
}
