import { Alert, Button, Divider, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { loginRequestSchema, type LoginRequest } from '../../../api/auth';
import { useLogin } from '../api/login';
import { DemoAccounts } from './demo-accounts';

const fieldMessageKey = { username: 'auth.usernameRequired', password: 'auth.passwordRequired' } as const;

/** The contract's schema decides what is valid; the words come from the current language. */
function validate(t: TFunction) {
  return (values: LoginRequest) => {
    const parsed = loginRequestSchema.safeParse(values);
    if (parsed.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === 'username' || field === 'password') && !errors[field]) errors[field] = t(fieldMessageKey[field]);
    }
    return errors;
  };
}

function failureMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown');
  switch (error.kind) {
    case 'unauthorized':
      return t('auth.wrongCredentials');
    case 'network':
      return t('auth.networkError');
    case 'invalid_response':
      return t('auth.invalidResponse');
    case 'validation':
      return Object.values(error.fields).flat()[0] ?? error.serverMessage ?? t('auth.serverError');
    default:
      return t('auth.serverError');
  }
}

/**
 * Username and password; the typed username survives every failure. In demo mode the mock backend's
 * accounts are listed after the form (so that the form's inputs stay the page's first).
 */
export function SignInForm({ showDemoAccounts = false }: { showDemoAccounts?: boolean }) {
  const { t } = useTranslation();
  const loginMutation = useLogin();
  const passwordId = useId();
  const form = useForm<LoginRequest>({
    mode: 'controlled',
    initialValues: { username: '', password: '' },
    validate: validate(t),
  });

  const fill = (username: string, password: string) => {
    form.setValues({ username, password });
    form.clearErrors();
    loginMutation.reset();
  };

  const submit = form.onSubmit((values) => {
    loginMutation.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onError: (error) => {
          if (isApiError(error) && error.kind === 'unauthorized') {
            // Keep the username; ask for the password again.
            form.setFieldValue('password', '');
            document.getElementById(passwordId)?.focus();
          }
          if (isApiError(error) && error.kind === 'validation') {
            form.setErrors({ username: error.fieldMessage('username'), password: error.fieldMessage('password') });
          }
        },
      },
    );
  });

  const failed = loginMutation.isError && !(isApiError(loginMutation.error) && loginMutation.error.kind === 'validation');

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {failed && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('auth.failedTitle')} role="alert">
            {failureMessage(t, loginMutation.error)}
          </Alert>
        )}
        <TextInput
          label={t('auth.username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          withAsterisk={false}
          data-autofocus
          {...form.getInputProps('username')}
        />
        <PasswordInput
          id={passwordId}
          label={t('auth.password')}
          autoComplete="current-password"
          // Mantine's default label is English and contains "password"; ours names neither field.
          visibilityToggleButtonProps={{ 'aria-label': t('auth.passwordVisibility') }}
          required
          withAsterisk={false}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={loginMutation.isPending} fullWidth>
          {t('auth.submit')}
        </Button>
      </Stack>
      {showDemoAccounts && (
        <>
          <Divider my="lg" />
          <DemoAccounts onPick={fill} />
        </>
      )}
    </form>
  );
}
