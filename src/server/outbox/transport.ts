import type { Language, NotificationChannel, NotificationEvent } from '../../domain/vocabulary.ts';

/** One outbox message as a transport sees it. */
export interface OutgoingMessage {
  id: number;
  channel: NotificationChannel;
  recipient: string;
  subject: string | null;
  body: string;
  language: Language;
  event: NotificationEvent;
}

/** Sends one channel's messages. Throwing means "not delivered, try again later". */
export interface Transport {
  send(message: OutgoingMessage): Promise<void>;
}

export interface Transports {
  email: Transport;
  sms: Transport;
}
