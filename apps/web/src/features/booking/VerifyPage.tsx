import { Alert, Button, Container, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/layout/use-page-title.ts';

interface Verification {
  signature: { signed: boolean; intact: boolean; reason: string | null; signer?: string };
  match: { reference: string; version: number } | null;
}

/** Upload a signed PDF: is the seal intact, and which contract version is it? */
export function VerifyPage() {
  const { t } = useTranslation('booking');
  usePageTitle(t('verify.title'));
  const [file, setFile] = useState<File | null>(null);
  const verify = useMutation({
    mutationFn: async (f: File) => {
      const res = await fetch('/api/v1/signatures/verify', {
        method: 'POST',
        headers: { 'Content-Type': 'application/pdf', Accept: 'application/json' },
        body: await f.arrayBuffer(),
      });
      if (!res.ok) throw new Error(String(res.status));
      return (await res.json()) as Verification;
    },
  });
  const r = verify.data;
  const ok = r?.signature.signed && r.signature.intact && r.match !== null;
  return (
    <Container size="sm" py="md">
      <Stack gap="md" data-testid="verify-page">
        <Title order={1} fz={{ base: 22, sm: 28 }}>
          {t('verify.title')}
        </Title>
        <label htmlFor="verify-file">
          <Text size="sm" fw={500}>
            {t('verify.file')}
          </Text>
        </label>
        <input
          id="verify-file"
          type="file"
          accept="application/pdf"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          data-testid="verify-file"
        />
        <Button
          disabled={!file}
          onClick={() => file && verify.mutate(file)}
          loading={verify.isPending}
          data-testid="verify-submit"
        >
          {t('verify.submit')}
        </Button>
        {verify.error && <Alert color="red">{t('verify.error')}</Alert>}
        {r && (
          <Alert color={ok ? 'teal' : 'red'} data-testid={ok ? 'verify-ok' : 'verify-failed'}>
            <Text fw={600}>{ok ? t('verify.ok') : t('verify.failed')}</Text>
            {r.match && (
              <Text size="sm">
                {r.match.reference} · v{r.match.version}
              </Text>
            )}
            {r.signature.reason && !ok && <Text size="sm">{r.signature.reason}</Text>}
          </Alert>
        )}
      </Stack>
    </Container>
  );
}
