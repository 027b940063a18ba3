import { AppShell, Box, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import {
  IconBuildingBank,
  IconBuildingCommunity,
  IconChecklist,
  IconClipboardCheck,
  IconDeviceDesktopAnalytics,
  IconFileText,
  IconLayoutDashboard,
  IconPresentation,
  IconReport,
  IconTools,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { ColorSchemeToggle } from '../../components/color-scheme-toggle';
import { LanguageSwitch } from '../../components/language-switch';
import { paths } from '../../lib/paths';
import classes from './app-layout.module.css';
import { SyncStatus } from '../../components/sync-status';
import { HeaderFilters } from './header-filters';
import { OfflineAnswers } from './offline-answers';
import { UserBox } from './user-box';

/** Keeps the period and unit when moving between screens. */
function useFilterSearch(): string {
  const [params] = useSearchParams();
  const keep = new URLSearchParams();
  for (const k of ['from', 'to', 'unit']) {
    const v = params.get(k);
    if (v !== null) keep.set(k, v);
  }
  const s = keep.toString();
  return s ? `?${s}` : '';
}

/** Header (filters, language, theme, user), navigation and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const search = useFilterSearch();
  // On a phone the filters move from the header into the navigation drawer.
  const phone = useMediaQuery('(max-width: 47.99em)') ?? false;

  const screens = [
    { to: paths.overview, label: t('nav.overview'), icon: IconLayoutDashboard },
    { to: paths.dossiers, label: t('nav.dossiers'), icon: IconFileText },
    { to: paths.units, label: t('nav.units'), icon: IconBuildingCommunity },
    { to: paths.digital, label: t('nav.digital'), icon: IconDeviceDesktopAnalytics },
    { to: paths.inspections, label: t('nav.inspections'), icon: IconClipboardCheck },
    { to: paths.actions, label: t('nav.actions'), icon: IconTools },
    { to: paths.inspectionResults, label: t('nav.results'), icon: IconChecklist },
    { to: paths.report, label: t('nav.report'), icon: IconReport },
    { to: paths.meeting, label: t('nav.meeting'), icon: IconPresentation },
  ];

  return (
    <AppShell
      header={{ height: 64 }}
      // Below 62em (a tablet upright, 768 px) the navigation folds behind the burger: the inspection screens need the width.
      navbar={{ width: 220, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <OfflineAnswers />
      <a href="#main-content" className={`${classes.skipLink} ${classes.screenOnly}`}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header px="md" className={classes.screenOnly}>
        <Group h="100%" justify="space-between" wrap="nowrap" gap="md">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t('nav.toggle')} />
            <Link to={{ pathname: paths.overview, search }} className={classes.brand} aria-label={t('app.name')}>
              <span className={classes.brandMark} aria-hidden>
                <IconBuildingBank size={20} stroke={1.8} />
              </span>
              <Text fw={700} size="md" visibleFrom="lg" truncate>
                {t('app.name')}
              </Text>
            </Link>
          </Group>
          <Group gap="sm" wrap="nowrap" justify="flex-end">
            {!phone && <HeaderFilters />}
            <SyncStatus />
            <LanguageSwitch />
            <ColorSchemeToggle />
            <UserBox />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')} className={classes.screenOnly}>
        {phone && (
          <Box mb="md">
            <HeaderFilters stacked />
          </Box>
        )}
        {screens.map((s) => (
          <NavLink
            key={s.to}
            component={RouterNavLink}
            to={{ pathname: s.to, search }}
            label={s.label}
            leftSection={<s.icon size={20} stroke={1.6} aria-hidden />}
            active={s.to === paths.overview ? location.pathname === s.to : location.pathname.startsWith(s.to)}
            onClick={close}
            fw={500}
          />
        ))}
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
