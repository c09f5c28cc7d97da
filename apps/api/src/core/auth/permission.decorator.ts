import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@lalaland/shared';

export const PERMISSION_KEY = 'lalaland:permission';
export const PUBLIC_KEY = 'lalaland:public';

/** Declares the permission an operation needs. Every query, mutation and field resolver needs this or @Public(). */
export const RequirePermission = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

/** Declares an operation open to anyone, signed in or not (sign-in, accept invitation, health). Use sparingly. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
