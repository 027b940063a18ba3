import { Box, Button, Menu } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { languages, setLanguage, useLocale } from '../../i18n';

/** Tiếng Việt / English; the choice is remembered. A menu, not an input, so sign-in forms keep their first input. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLocale();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconLanguage size={18} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('header.languageButton', { language: t(`languages.${current}`) })}
        >
          <Box component="span" visibleFrom="md">
            {t(`languages.${current}`)}
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.language')}</Menu.Label>
        {languages.map((lng) => (
          <Menu.Item
            key={lng}
            lang={lng}
            onClick={() => void setLanguage(lng)}
            rightSection={lng === current ? <IconCheck size={14} aria-hidden /> : null}
            aria-current={lng === current ? 'true' : undefined}
          >
            {t(`languages.${lng}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
