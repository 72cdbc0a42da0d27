/** One outbox message as a transport sees it. */
export interface OutgoingMessage {
  id: number;
  channel: 'email' | 'sms';
  recipient: string;
  subject: string | null;
  body: string;
  language: string;
  event: string;
}

/** Sends one channel's messages. Throwing means "not delivered, try again later". */
export interface Transport {
  send(message: OutgoingMessage): Promise<void>;
}

export interface Transports {
  email: Transport;
  sms: Transport;
}
