import { Alert, Button, FileButton, Group, Input, Text } from '@mantine/core';
import { IconDownload, IconFileTypePdf, IconTrash, IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { catalogueApi, catalogueKeys, saveBlob } from './api.ts';
import type { Profile, RiderFile, RiderKind } from './types.ts';

/** Same limit as the API: refused before sending rather than after a 10 MB upload. */
export const MAX_RIDER_BYTES = 10 * 1024 * 1024;

export function isRiderFile(value: unknown): value is RiderFile {
  return typeof value === 'object' && value !== null && 'sha256' in value && 'filename' in value;
}

export function formatBytes(bytes: number, locale: string): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 0.1
    ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(mb)
    : new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
        Math.max(1, bytes / 1024),
      );
}

/** Download button of an uploaded rider (authenticated fetch, saved under its own name). */
export function RiderDownload({
  profileId,
  rider,
  file,
}: {
  profileId: string;
  rider: RiderKind;
  file: RiderFile;
}) {
  const { t, i18n } = useTranslation('catalogue');
  const download = useMutation({
    mutationFn: () => catalogueApi.downloadRider(profileId, rider),
    onSuccess: (blob) => saveBlob(blob, file.filename),
  });
  return (
    <>
      <Button
        variant="light"
        size="compact-sm"
        leftSection={<IconDownload size={16} aria-hidden />}
        loading={download.isPending}
        onClick={() => download.mutate()}
        data-testid={`rider-download-${rider}`}
        h="auto"
        py={4}
        styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
        style={{ maxWidth: '100%' }}
      >
        {t('riders.download', { name: file.filename, size: formatBytes(file.sizeBytes, i18n.language) })}
      </Button>
      <ProblemAlert error={download.error} />
    </>
  );
}

interface Props {
  /** Null while the profile is not saved yet: files attach to a stored profile. */
  profileId: string | null;
  rider: RiderKind;
  label: string;
  value: unknown;
  onChange: (file: RiderFile | undefined) => void;
  testId: string;
}

/** Upload, replace or remove a rider PDF; the stored profile changes at once (no Save needed). */
export function RiderFileField({ profileId, rider, label, value, onChange, testId }: Props) {
  const { t } = useTranslation('catalogue');
  const queryClient = useQueryClient();
  const stored = (p: Profile) => {
    queryClient.setQueryData(catalogueKeys.profile(p.id), p);
    const details = p.details[rider === 'technical' ? 'technicalRider' : 'hospitalityRider'];
    const file =
      typeof details === 'object' && details !== null && 'file' in details ? details.file : undefined;
    onChange(isRiderFile(file) ? file : undefined);
  };
  const [tooLarge, setTooLarge] = useState(false);
  const upload = useMutation({
    mutationFn: (file: File) => catalogueApi.uploadRider(profileId ?? '', rider, file),
    onSuccess: stored,
  });
  const pick = (picked: File | null) => {
    if (!picked) return;
    setTooLarge(picked.size > MAX_RIDER_BYTES);
    if (picked.size <= MAX_RIDER_BYTES) upload.mutate(picked);
  };
  const remove = useMutation({
    mutationFn: () => catalogueApi.removeRider(profileId ?? '', rider),
    onSuccess: stored,
  });
  const file = isRiderFile(value) ? value : null;
  const error = upload.error ?? remove.error;

  return (
    <Input.Wrapper
      label={label}
      description={t('riders.help')}
      data-testid={testId}
      style={{ gridColumn: '1 / -1' }}
    >
      {profileId === null ? (
        <Text size="sm" c="dimmed" mt={4}>
          {t('riders.saveFirst')}
        </Text>
      ) : (
        <Group gap="xs" mt={4} wrap="wrap">
          {file ? (
            <>
              <IconFileTypePdf size={20} aria-hidden />
              <RiderDownload profileId={profileId} rider={rider} file={file} />
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('riders.none')}
            </Text>
          )}
          <FileButton onChange={pick} accept="application/pdf,.pdf">
            {(props) => (
              <Button
                {...props}
                variant="default"
                size="compact-sm"
                leftSection={<IconUpload size={16} aria-hidden />}
                loading={upload.isPending}
                data-testid={`rider-upload-${rider}`}
              >
                {file ? t('riders.replace') : t('riders.upload')}
              </Button>
            )}
          </FileButton>
          {file && (
            <Button
              variant="subtle"
              color="red.8"
              size="compact-sm"
              leftSection={<IconTrash size={16} aria-hidden />}
              loading={remove.isPending}
              onClick={() => remove.mutate()}
              data-testid={`rider-remove-${rider}`}
            >
              {t('riders.remove')}
            </Button>
          )}
        </Group>
      )}
      {(error || tooLarge) && (
        <div data-testid={`rider-error-${rider}`} style={{ marginTop: 6 }}>
          {tooLarge ? (
            <Alert color="red" role="alert">
              {t('riders.tooLarge')}
            </Alert>
          ) : (
            <ProblemAlert
              error={error}
              messages={{
                UNSUPPORTED_MEDIA_TYPE: t('riders.notPdf'),
                VALIDATION_FAILED: t('riders.damaged'),
                PAYLOAD_TOO_LARGE: t('riders.tooLarge'),
              }}
            />
          )}
        </div>
      )}
    </Input.Wrapper>
  );
}
