import { Injectable, OnModuleInit, SetMetadata } from '@nestjs/common';
import { decoratedMethods } from '../decorated-methods';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { CommentRecordType, DocumentRecordType } from '@lalaland/shared';
import { RequestContext } from '../context/request-context';
import { AppError } from '../errors/app-error';

/** Records documents and comments belong to. */
export type RecordType = DocumentRecordType | CommentRecordType;

/** What the caller may do with what hangs off one record (documents, comments); its module's own rule decides. */
export interface RecordGrant {
  /** Add to it (upload, and so on). */
  write: boolean;
  /** Its documents hold personal data whatever the uploader said (a referral's). */
  personal: boolean;
  /**
   * Set when the caller sees the record only as the recipient of a person's data shared under a consent (a referral's
   * recipient): what the holder attached or wrote reaches the caller only while that consent is in force, and each
   * such read is a provision the holder sees (`logRead`). What the caller's own organization added stays visible.
   */
  sharedUnder?: { inForce: boolean; logRead(detail: string): Promise<void> };
}

type Grant = (ctx: RequestContext, id: string) => Promise<RecordGrant>;

const RECORD_GRANT = 'lalaland:record-grant';

/**
 * Marks a provider method `(ctx, id) => Promise<RecordGrant>` as the rule for what hangs off records of `type`: the
 * module that owns the record declares it beside its policy; documents and comments only ask. A missing or foreign
 * id throws the record's `*_NOT_FOUND`.
 */
export const RecordGrantFor = (type: RecordType) => SetMetadata(RECORD_GRANT, type);

/**
 * Access to what hangs off a record (documents, comments) follows the record: seeing the record is seeing them. Each
 * record type's rule is declared by its own module (`@RecordGrantFor`), found at start; a type declared twice stops
 * the boot.
 */
@Injectable()
export class RecordAccess implements OnModuleInit {
  private readonly grants = new Map<RecordType, Grant>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const { meta: type, name, call } of decoratedMethods<RecordType>(this.discovery, this.scanner, this.reflector, RECORD_GRANT)) {
      if (this.grants.has(type)) throw new Error(`the record type ${type} has two rules (${name})`);
      this.grants.set(type, call as Grant);
    }
  }

  /** The record types whose rule a module declared. */
  types(): RecordType[] {
    return [...this.grants.keys()];
  }

  async grant(ctx: RequestContext, type: RecordType, id: string): Promise<RecordGrant> {
    const grant = this.grants.get(type);
    if (!grant) throw new AppError('RECORD_NOT_FOUND');
    return grant(ctx, id);
  }
}
