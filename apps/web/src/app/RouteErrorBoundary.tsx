import { Component, type ReactNode } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import i18n from '../lib/i18n';

/**
 * Every route renders inside this: a page that throws while rendering (a malformed address such as
 * `/calendar?date=2025-13-01`, a bug) shows what happened and the ways out instead of a white screen. The layout
 * keys it by the address, so moving elsewhere starts clean.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const t = i18n.t.bind(i18n);
    return (
      <Alert color="red" variant="outline" role="alert" title={t('common.pageError')}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('common.pageErrorHelp')}</Text>
          <Group>
            <Button size="sm" variant="outline" color="red.8" onClick={() => this.setState({ failed: false })}>
              {t('common.retry')}
            </Button>
            <Anchor component={Link} to="/home">
              {t('common.goHome')}
            </Anchor>
          </Group>
        </Stack>
      </Alert>
    );
  }
}
