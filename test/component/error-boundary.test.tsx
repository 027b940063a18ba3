import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../src/app/provider';
import { AppErrorFallback, ErrorBoundary } from '../../src/components/errors';

function Broken(): never {
  throw new Error('render failed');
}

describe('Lỗi ngoài dự kiến', () => {
  it('shows a Vietnamese message and a reload button instead of a blank page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <AppProvider queryClient={new QueryClient()} mantineEnv="test">
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </AppProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Đã xảy ra lỗi' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải lại trang' })).toBeInTheDocument();
    quiet.mockRestore();
  });

  it('catches a page that throws inside the router with the same message', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const router = createMemoryRouter([{ path: '/', element: <Broken />, errorElement: <AppErrorFallback /> }]);
    render(
      <AppProvider queryClient={new QueryClient()} mantineEnv="test">
        <RouterProvider router={router} />
      </AppProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Đã xảy ra lỗi' })).toBeInTheDocument();
    quiet.mockRestore();
  });
});
