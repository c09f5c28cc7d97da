import { Global, Module } from '@nestjs/common';
import { MachineCredentials } from '../../core/context/machine-credentials';
import { ApiKeyService } from './api-key.service';
import { ApiKeyResolver } from './api-keys.resolver';

/** Global: the auth module's context factory resolves bearer tokens through core's MachineCredentials token. */
@Global()
@Module({
  providers: [ApiKeyService, ApiKeyResolver, { provide: MachineCredentials, useExisting: ApiKeyService }],
  exports: [MachineCredentials],
})
export class ApiKeysModule {}
