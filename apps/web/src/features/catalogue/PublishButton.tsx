import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../app/ui/ProblemAlert.tsx';
import { catalogueApi, catalogueKeys } from './api.ts';
import type { Profile } from './types.ts';

export function PublishButton({ profile, size = 'sm' }: { profile: Profile; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation('catalogue');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const published = profile.status === 'published';
  const toggle = useMutation({
    mutationFn: () => catalogueApi.setPublished(profile.id, !published),
    onSuccess: (saved) => {
      queryClient.setQueryData(catalogueKeys.profile(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['catalogue', 'org'] });
      void queryClient.invalidateQueries({ queryKey: ['catalogue', 'search'] });
      notifications.show({
        color: 'teal',
        message: t(saved.status === 'published' ? 'actions.publishedNow' : 'actions.unpublishedNow'),
      });
    },
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(tc, error) }),
  });
  return (
    <Button
      size={size}
      variant={published ? 'default' : 'filled'}
      loading={toggle.isPending}
      onClick={() => toggle.mutate()}
      data-testid="publish-toggle"
    >
      {t(published ? 'actions.unpublish' : 'actions.publish')}
    </Button>
  );
}
