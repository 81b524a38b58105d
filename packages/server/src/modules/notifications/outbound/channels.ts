/** Builds the outbound channels a deployment configured (outbound-config.ts); none: the logging channel alone. */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { anyOutbound, type OutboundConfig } from '../../../outbound-config';
import { LoggingChannel, type OutboundChannel } from '../scheduler';
import { OutboundDispatcher } from './dispatcher';
import { DingtalkRobot, SmsGateway, WecomRobot, type OutboundAdapter, type PhoneLookup } from './gateways';

/** No lookup given (tests, tools): every SMS delivery is recorded as skipped. The app passes account/mobile.ts's. */
export const noMobileOnFile: PhoneLookup = async () => null;

export interface Channels {
  /** Told of each notice at once, in process (the logging channel when nothing is configured). */
  immediate: OutboundChannel[];
  /** The configured channels' outbox; null when none is configured. */
  outbox: OutboundDispatcher | null;
}

export function buildChannels(
  db: Kysely<DB>,
  clock: () => Date,
  config: OutboundConfig,
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void },
  phoneOf: PhoneLookup = noMobileOnFile,
): Channels {
  if (!anyOutbound(config)) return { immediate: [new LoggingChannel((o, m) => log.info(o, m))], outbox: null };
  const adapters: OutboundAdapter[] = [];
  if (config.sms) adapters.push(new SmsGateway(config.sms, config.timeoutMs, phoneOf));
  if (config.wecom) adapters.push(new WecomRobot(config.wecom, config.timeoutMs));
  if (config.dingtalk) adapters.push(new DingtalkRobot(config.dingtalk, config.timeoutMs));
  if (config.sms && phoneOf === noMobileOnFile)
    log.warn({}, 'GRIDWORK_SMS_URL is set, but no mobile lookup is wired: SMS deliveries are recorded as skipped');
  const outbox = new OutboundDispatcher(db, clock, adapters, {
    maxAttempts: config.maxAttempts,
    retryBaseMs: config.retryBaseMs,
    timeoutMs: config.timeoutMs,
    log: (o, m) => log.warn(o, m),
  });
  return { immediate: [], outbox };
}
