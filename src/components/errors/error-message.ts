import type { TFunction } from 'i18next';
import { isApiError } from '../../api/api-error';

/** What to tell the user about a failed request, from the ApiError's kind (the API client has no words of its own). */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown');
  switch (error.kind) {
    case 'validation': {
      const message = Object.values(error.fields).flat()[0] ?? error.serverMessage;
      return message ? t('errors.validation', { message }) : t('errors.validationNoDetail');
    }
    case 'invalid_response':
      return error.path ? t('errors.invalidResponseFrom', { path: error.path }) : t('errors.invalid_response');
    default:
      return t(`errors.${error.kind}`);
  }
}
