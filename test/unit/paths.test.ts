import { describe, expect, it } from 'vitest';
import { paths, safeNext, signInPath } from '../../src/lib/paths';

/** What the sign-in page's `next` holds after URLSearchParams decoded the link. */
const next = (link: string) => new URLSearchParams(link.split('?')[1]).get('next');

describe('safeNext: after signing in, only a path of this app', () => {
  it.each([
    '/',
    '/ho-so',
    '/ho-so?from=2022-01&to=2022-12&unit=all&by=unit',
    '/don-vi/xa-van-diem',
    '/don-vi/x%C3%A3?sort=name&dir=asc#top',
  ])('keeps %s', (path) => {
    expect(safeNext(path)).toBe(path);
  });

  it.each([
    ['a tab', '/dang-nhap?next=%2F%09%2Fevil.example'],
    ['a line feed', '/dang-nhap?next=%2F%0A%2Fevil.example'],
    ['a carriage return', '/dang-nhap?next=%2F%0D%2Fevil.example'],
    ['a backslash', '/dang-nhap?next=%2F%5Cevil.example'],
    ['two backslashes', '/dang-nhap?next=%5C%5Cevil.example'],
    ['a backslash later on', '/dang-nhap?next=%2Fho-so%5C..%5C..%5Cevil'],
    ['a protocol-relative URL', '/dang-nhap?next=%2F%2Fevil.example'],
    ['an absolute URL', '/dang-nhap?next=https%3A%2F%2Fevil.example%2F'],
    ['a javascript: URL', '/dang-nhap?next=javascript%3Aalert(1)'],
    ['a space', '/dang-nhap?next=%2F%20%2Fevil.example'],
    ['a no-break space', '/dang-nhap?next=%2F%C2%A0%2Fevil.example'],
    ['a NUL', '/dang-nhap?next=%2Fho-so%00'],
    ['a DEL', '/dang-nhap?next=%2Fho-so%7F'],
    ['a zero-width space', '/dang-nhap?next=%2F%E2%80%8B%2Fevil.example'],
    ['a line separator', '/dang-nhap?next=%2F%E2%80%A8%2Fevil.example'],
    ['a relative path', '/dang-nhap?next=ho-so'],
    ['the sign-in page itself', '/dang-nhap?next=%2Fdang-nhap%3Fnext%3D%252F'],
    ['the sign-in page with a hash', '/dang-nhap?next=%2Fdang-nhap%23x'],
  ])('sends %s to the overview (%s)', (_what, link) => {
    expect(safeNext(next(link))).toBe(paths.overview);
  });

  it('sends no next and an empty one to the overview', () => {
    expect(safeNext(null)).toBe(paths.overview);
    expect(safeNext('')).toBe(paths.overview);
  });

  it('round-trips what the guard writes: signInPath(here) then safeNext gives here back', () => {
    const here = '/ho-so?from=2022-01&to=2022-12&unit=all';
    expect(safeNext(next(signInPath(here)))).toBe(here);
  });
});
