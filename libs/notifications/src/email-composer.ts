/** One email as it is kept in email_outbox and sent: plain text and simple HTML, the same words in both. */
export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface EmailItem {
  title: string;
  body: string;
  /** A path of the web pages (`/jobs/…`), made absolute with the public URL. */
  link: string | null;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * An email of one or more notices (a digest has several), with the links to the notification centre, the alert
 * preferences and the one-click unsubscribe. It greets nobody by name and names nobody else: it could be forwarded.
 */
export function composeEmail(
  subject: string,
  items: readonly EmailItem[],
  urls: { publicUrl: string; unsubscribeUrl: string },
): ComposedEmail {
  const absolute = (link: string) => `${urls.publicUrl}${link}`;
  const preferences = absolute('/account/alerts');
  const text = [
    ...items.flatMap((item) => [item.title, item.body, ...(item.link ? [absolute(item.link)] : []), '']),
    `See all your notifications: ${absolute('/account/notifications')}`,
    `Choose which emails you get: ${preferences}`,
    `Stop these emails: ${urls.unsubscribeUrl}`,
    '',
  ].join('\n');
  const html = [
    '<!doctype html><html lang="en"><body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4">',
    ...items.map(
      (item) =>
        `<h2 style="font-size: 19px">${escapeHtml(item.title)}</h2><p>${escapeHtml(item.body)}</p>` +
        (item.link ? `<p><a href="${escapeHtml(absolute(item.link))}">${escapeHtml(absolute(item.link))}</a></p>` : ''),
    ),
    `<p><a href="${escapeHtml(absolute('/account/notifications'))}">See all your notifications</a></p>`,
    `<p><a href="${escapeHtml(preferences)}">Choose which emails you get</a> or ` +
      `<a href="${escapeHtml(urls.unsubscribeUrl)}">stop these emails</a>.</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
