import type { authVi } from './auth.vi';

export const authEn: typeof authVi = {
  title: 'Sign in',
  subtitle: 'Administrative reform dashboard',
  username: 'Username',
  password: 'Password',
  passwordVisibility: 'Show or hide what you typed',
  submit: 'Sign in',
  usernameRequired: 'Enter your username',
  passwordRequired: 'Enter your password',
  wrongCredentials: 'Wrong username or password',
  serverError: 'The server has a problem and could not sign you in. Please try again in a few minutes.',
  networkError: 'Cannot reach the server. Check your network connection and try again.',
  invalidResponse: "The server's answer is not valid, so you are not signed in. Please try again or tell the administrator.",
  failedTitle: 'Not signed in',
  sessionExpired: 'Your session has expired, please sign in again',
  demoTitle: 'Demo accounts',
  demoHint: 'The password of all three accounts is {{password}}. Click an account to fill in the form.',
  demoFill: 'Fill in account {{username}} ({{label}})',
  demoAccounts: {
    lanhdao: 'People’s Committee leader',
    kiemtra: 'Inspection team',
    vanphong: 'Administrative reform office',
  },
};
