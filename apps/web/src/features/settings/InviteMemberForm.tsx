import { Button, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES, type MemberRole } from '../../app/api/types.ts';
import { applyFieldErrors } from '../../app/ui/form-errors.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { isEmail } from '../../app/ui/validators.ts';
import { membersQueryKey, settingsApi } from './api.ts';

function isRole(value: string): value is MemberRole {
  return (MEMBER_ROLES as readonly string[]).includes(value);
}

export function InviteMemberForm({ orgId, canAppointOwner }: { orgId: string; canAppointOwner: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // Only an owner may add another owner (the API refuses otherwise), so admins are not offered it.
  const roles = MEMBER_ROLES.filter((r) => canAppointOwner || r !== 'owner');
  const form = useForm<{ email: string; role: string }>({
    initialValues: { email: '', role: 'member' },
    validate: { email: (v) => (isEmail(v) ? null : t('validation.email')) },
  });
  const invite = useMutation({
    mutationFn: (v: { email: string; role: MemberRole }) => settingsApi.addMember(orgId, v.email, v.role),
    onSuccess: async (member) => {
      form.reset();
      notifications.show({
        color: 'teal',
        message: t('settings.members.added', { name: member.displayName }),
      });
      await queryClient.invalidateQueries({ queryKey: membersQueryKey(orgId) });
    },
    onError: (error) => applyFieldErrors(form, error, t),
  });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="invite-title">
      <form
        noValidate
        data-testid="invite-form"
        onSubmit={form.onSubmit((v) => {
          if (isRole(v.role)) invite.mutate({ email: v.email.trim(), role: v.role });
        })}
      >
        <Stack>
          <Title order={2} size="h4" id="invite-title">
            {t('settings.members.inviteTitle')}
          </Title>
          <Text size="sm">{t('settings.members.inviteHelp')}</Text>
          <ProblemAlert
            error={invite.error}
            messages={{
              NOT_FOUND: t('settings.members.noAccount'),
              CONFLICT: t('settings.members.alreadyMember'),
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('fields.email')}
              type="email"
              autoComplete="off"
              required
              {...form.getInputProps('email')}
            />
            <NativeSelect
              label={t('fields.role')}
              data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              {...form.getInputProps('role')}
            />
          </SimpleGrid>
          <Button
            type="submit"
            loading={invite.isPending}
            style={{ alignSelf: 'flex-start' }}
            data-testid="invite-submit"
          >
            {t('settings.members.inviteSubmit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
