import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../app/ui/ProblemAlert.tsx';
import { catalogueApi, saveBlob } from './api.ts';
import type { ProfileKind, TransferFormat } from './types.ts';

/** Downloads the whole result of the current search (not just the loaded page) in the import format. */
export function ExportMenu({
  kind,
  query,
  disabled,
}: {
  kind: ProfileKind;
  query: string;
  disabled: boolean;
}) {
  const { t } = useTranslation('catalogue');
  const { t: tc } = useTranslation();
  const download = useMutation({
    mutationFn: (format: TransferFormat) => catalogueApi.exportFile(kind, query, format),
    onSuccess: ({ blob, filename }) => saveBlob(blob, filename),
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(tc, error) }),
  });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          loading={download.isPending}
          disabled={disabled}
          data-testid="export-button"
        >
          {t('export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {(['csv', 'json', 'xml'] as const).map((format) => (
          <Menu.Item key={format} onClick={() => download.mutate(format)} data-testid={`export-${format}`}>
            {t(`export.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
