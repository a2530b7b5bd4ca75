import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../app/layout/use-page-title.ts';

interface AuthCardProps {
  title: string;
  subtitle?: string;
  size?: 'xs' | 'sm' | 'md';
  children: ReactNode;
  footer?: ReactNode;
}

export function AuthCard({ title, subtitle, size = 'xs', children, footer }: AuthCardProps) {
  usePageTitle(title);
  return (
    <Container size={size} px="md" py="xl">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={1} fz={{ base: 26, sm: 32 }}>
            {title}
          </Title>
          {subtitle && <Text c="dimmed">{subtitle}</Text>}
        </Stack>
        <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'lg' }} radius="md">
          {children}
        </Paper>
        {footer}
      </Stack>
    </Container>
  );
}
