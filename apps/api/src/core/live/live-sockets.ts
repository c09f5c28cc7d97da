import { Injectable } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import { LiveEvents } from './live-events';

/** The topic on which a signed-out session (or every session of a user) is told to every replica. */
export const SESSION_ENDED = 'session.ended';
export interface SessionEnded {
  sessionId?: string;
  userId?: string;
}

/** What a subscription socket needs of ws's WebSocket. */
interface Socket {
  close(code?: number, reason?: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/** WebSocket close codes (graphql-ws uses the 4400s as HTTP statuses). */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_TOO_MANY = 4429;

/** Open subscription sockets per session and per client address on one replica. */
export const MAX_SOCKETS_PER_SESSION = 5;
export const MAX_SOCKETS_PER_ADDRESS = 20;

interface Held {
  socket: Socket;
  sessionId: string;
  userId: string;
  ip: string;
}

/**
 * The subscription sockets of this replica: only a signed-in session opens one (anyone else is closed with 4401 at
 * once), at most MAX_SOCKETS_PER_SESSION per session and MAX_SOCKETS_PER_ADDRESS per client address (4429), and a
 * session that ends (sign-out, signing out everywhere) closes its sockets on every replica (4401), through the
 * same PostgreSQL NOTIFY as every live message.
 */
@Injectable()
export class LiveSockets {
  private readonly held = new Set<Held>();

  constructor(live: LiveEvents) {
    live.emitter.on(SESSION_ENDED, (message: { topic: string; payload?: unknown }, done: () => void) => {
      this.end((message.payload ?? {}) as SessionEnded);
      done();
    });
  }

  /** Admits a socket for its request context, or closes it with the reason. */
  admit(socket: Socket, ctx: RequestContext): boolean {
    const session = ctx.session;
    if (!session || !ctx.userId) {
      socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized');
      return false;
    }
    const ip = ctx.ip ?? '';
    let perSession = 0;
    let perAddress = 0;
    for (const h of this.held) {
      if (h.sessionId === session.sessionId) perSession++;
      if (h.ip === ip) perAddress++;
    }
    if (perSession >= MAX_SOCKETS_PER_SESSION || perAddress >= MAX_SOCKETS_PER_ADDRESS) {
      socket.close(CLOSE_TOO_MANY, 'Too many connections');
      return false;
    }
    const entry: Held = { socket, sessionId: session.sessionId, userId: ctx.userId, ip };
    this.held.add(entry);
    socket.once('close', () => this.held.delete(entry));
    return true;
  }

  /** Sockets open on this replica (for the operator and the tests). */
  count(): number {
    return this.held.size;
  }

  private end(ended: SessionEnded): void {
    for (const h of this.held)
      if ((ended.sessionId && h.sessionId === ended.sessionId) || (ended.userId && h.userId === ended.userId)) {
        this.held.delete(h);
        h.socket.close(CLOSE_UNAUTHORIZED, 'Signed out');
      }
  }
}
