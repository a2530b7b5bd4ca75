import {
  Group,
  List,
  PasswordInput,
  type PasswordInputProps,
  Text,
  ThemeIcon,
  VisuallyHidden,
} from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_RULES, checklist, PASSWORD_MIN_LENGTH } from './password-policy.ts';

/** Live checklist of the password policy, referenced by the password input's aria-describedby. */
export function PasswordRules({ id, password }: { id: string; password: string }) {
  const { t } = useTranslation();
  const result = checklist(password);
  return (
    <div id={id} data-testid="password-rules">
      <Text size="sm" mb={4}>
        {t('auth.password.rulesTitle')}
      </Text>
      <List spacing={2} size="sm" listStyleType="none" center>
        {CHECKLIST_RULES.map((rule) => {
          const met = result[rule];
          return (
            <List.Item
              key={rule}
              data-rule={rule}
              data-met={met}
              icon={
                <ThemeIcon color={met ? 'teal.8' : 'gray.6'} size={18} radius="xl" aria-hidden>
                  {met ? <IconCheck size={12} /> : <IconX size={12} />}
                </ThemeIcon>
              }
            >
              <Group gap={4} wrap="nowrap">
                <Text size="sm" c={met ? 'teal.9' : 'dark.4'}>
                  {t(`auth.password.rules.${rule}`, { min: PASSWORD_MIN_LENGTH })}
                </Text>
                <VisuallyHidden>
                  {met ? t('auth.password.ruleMet') : t('auth.password.ruleUnmet')}
                </VisuallyHidden>
              </Group>
            </List.Item>
          );
        })}
      </List>
    </div>
  );
}

/**
 * A new-password input with the live policy checklist under it: every form that sets a password (sign-up,
 * reset, change) shows the same rules the API enforces.
 */
export function NewPasswordInput({
  rulesId,
  password,
  ...inputProps
}: PasswordInputProps & { rulesId: string; password: string }) {
  return (
    <>
      <PasswordInput autoComplete="new-password" required aria-describedby={rulesId} {...inputProps} />
      <PasswordRules id={rulesId} password={password} />
    </>
  );
}
