import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Container,
  List,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { apiJson } from '../../app/api/client.ts';
import { ApiError } from '../../app/api/problem.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';

interface SigningView {
  reference: string;
  title: string;
  version: number;
  documentSha256: string;
  document: { clauses?: { id: string; title: string; text: string }[] };
  consentText: string;
  signer: { name: string; email: string; position: number };
  yourTurn: boolean;
  signers: { position: number; name: string; signed: boolean }[];
  expiresAt: string;
}

/** Public page behind the single-use link e-mailed to each signer. */
export function SignPage() {
  const { t } = useTranslation('booking');
  usePageTitle(t('sign.title'));
  const { token = '' } = useParams();
  const path = `/api/v1/signing/${encodeURIComponent(token)}`;
  const view = useQuery({
    queryKey: ['signing', token],
    queryFn: () => apiJson<SigningView>(path, { auth: false }),
    retry: false,
  });
  const [consent, setConsent] = useState(false);
  const [name, setName] = useState('');
  const sign = useMutation({
    mutationFn: () =>
      apiJson<unknown>(`${path}/sign`, {
        method: 'POST',
        auth: false,
        body: { consent: true, typedName: name },
      }),
  });
  const code = view.error instanceof ApiError ? view.error.code : null;
  return (
    <Container size="sm" py="md">
      <Stack gap="md" data-testid="sign-page">
        <Title order={1} fz={{ base: 22, sm: 28 }}>
          {t('sign.title')}
        </Title>
        {code === 'SIGNING_LINK_EXPIRED' && (
          <Alert color="red" data-testid="sign-expired">
            {t('sign.expired')}
          </Alert>
        )}
        {code === 'SIGNING_LINK_USED' && (
          <Alert color="red" data-testid="sign-used">
            {t('sign.used')}
          </Alert>
        )}
        {view.error && !code?.startsWith('SIGNING_LINK') && <ProblemAlert error={view.error} />}
        {view.data && (
          <>
            <Text fw={600}>
              {view.data.title} — {view.data.reference} (v{view.data.version})
            </Text>
            <List size="sm">
              {view.data.signers.map((s) => (
                <List.Item key={s.position}>
                  {s.position}. {s.name} {s.signed ? <Badge color="teal">{t('sign.signed')}</Badge> : null}
                </List.Item>
              ))}
            </List>
            <Paper withBorder p="sm" mah={360} style={{ overflow: 'auto' }} data-testid="sign-document">
              {(view.data.document.clauses ?? []).map((c) => (
                <Stack key={c.id} gap={2} mb="xs">
                  <Text fw={600} size="sm">
                    {c.title}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {c.text}
                  </Text>
                </Stack>
              ))}
            </Paper>
            {!view.data.yourTurn && !sign.isSuccess && (
              <Alert color="orange" data-testid="sign-wait">
                {t('sign.notYourTurn')}
              </Alert>
            )}
            {sign.isSuccess ? (
              <Alert color="teal" data-testid="sign-done">
                {t('sign.done')}
              </Alert>
            ) : (
              view.data.yourTurn && (
                <Stack gap="xs">
                  <Checkbox
                    label={view.data.consentText}
                    checked={consent}
                    onChange={(e) => setConsent(e.currentTarget.checked)}
                    data-testid="sign-consent"
                  />
                  <TextInput
                    label={t('sign.typedName')}
                    value={name}
                    onChange={(e) => setName(e.currentTarget.value)}
                    data-testid="sign-name"
                  />
                  {sign.error && <ProblemAlert error={sign.error} />}
                  <Button
                    disabled={!consent || name.trim().length < 2}
                    onClick={() => sign.mutate()}
                    loading={sign.isPending}
                    data-testid="sign-submit"
                  >
                    {t('sign.submit')}
                  </Button>
                </Stack>
              )
            )}
          </>
        )}
      </Stack>
    </Container>
  );
}
