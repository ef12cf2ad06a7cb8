import { type UpstreamMonitor } from "./upstream";

export type MailboxOwner = { id: string; name: string };

/**
 * The other monitors that use `email` as their test mailbox. The round-trip test deletes its
 * message, so two monitors on one mailbox take each other's mail. Compared without case or spaces.
 */
export function mailboxOwners(monitors: readonly UpstreamMonitor[], email: string, exceptId?: string): MailboxOwner[] {
  const wanted = email.trim().toLowerCase();
  if (wanted === "") return [];
  return monitors
    .filter((monitor) => monitor.id !== exceptId && monitor.email?.trim().toLowerCase() === wanted)
    .map((monitor) => ({ id: monitor.id, name: monitor.name?.trim() || `Monitor ${monitor.id}` }));
}
