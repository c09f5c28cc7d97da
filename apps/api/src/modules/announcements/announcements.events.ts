/** What the announcements module announces (inside the transaction that posted it). */
export interface AnnouncementEvents {
  /** Posted: the people it is for are told. */
  'announcement.published': {
    announcementId: string;
    title: string;
    fromOrganizationId: string;
    streamId: string;
    audienceOrganizationIds: string[];
    audienceRoles: string[];
    audiencePillars: string[];
  };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends AnnouncementEvents {}
}
