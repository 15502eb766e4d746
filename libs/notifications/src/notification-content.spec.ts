import { composeEmail } from './email-composer';
import { applicationNotice, enrolmentNotice, longDate, pathwayNotice } from './notification-content';
import { NotificationKind } from './notification.types';

describe('notification content', () => {
  it('tells a resident of the statuses that matter, with the feedback when there is some', () => {
    expect(applicationNotice('SHORTLISTED', 'Data Officer', null)?.kind).toBe(NotificationKind.APPLICATION_SHORTLISTED);
    expect(applicationNotice('REJECTED', 'Data Officer', 'We chose someone with more SQL.')?.body).toBe(
      'The employer has decided not to take your application further. Their feedback: We chose someone with more SQL.',
    );
    expect(applicationNotice('UNSUCCESSFUL', 'Data Officer', null)?.body).toBe(
      'The employer has decided not to take your application further.',
    );
    expect(applicationNotice('APPLIED', 'Data Officer', null)).toBeNull();
    expect(applicationNotice('INTERVIEWING', 'Data Officer', null)).toBeNull();
    expect(enrolmentNotice('OFFERED', 'Cyber Bootcamp', null)?.kind).toBe(NotificationKind.PLACE_OFFERED);
    expect(enrolmentNotice('ENROLLED', 'Cyber Bootcamp', null)?.kind).toBe(NotificationKind.PLACE_CONFIRMED);
    expect(enrolmentNotice('ENQUIRED', 'Cyber Bootcamp', null)).toBeNull();
  });

  it('names the skills a pathway closes in plain English', () => {
    const notice = pathwayNotice({ id: 'p', title: 'Cyber Bootcamp' }, '2027-01-11', 'SOC Analyst', [
      'SIEM',
      'Linux',
      'Python',
    ]);
    expect(notice.body).toBe(
      'Cyber Bootcamp starts on 11 January 2027. It teaches SIEM, Linux and Python, the skills you are missing.',
    );
    expect(longDate('2026-12-07')).toBe('7 December 2026');
  });

  it('composes plain text and HTML with the same words, HTML escaped, and the unsubscribe link in both', () => {
    const email = composeEmail('Subject', [{ title: 'Tom & Jerry <Ltd>', body: 'Body', link: '/jobs/1' }], {
      publicUrl: 'https://x.example',
      unsubscribeUrl: 'https://x.example/email/unsubscribe/t',
    });
    expect(email.text).toContain('Tom & Jerry <Ltd>\nBody\nhttps://x.example/jobs/1');
    expect(email.text).toContain('Stop these emails: https://x.example/email/unsubscribe/t');
    expect(email.html).toContain('Tom &amp; Jerry &lt;Ltd&gt;');
    expect(email.html).toContain('<a href="https://x.example/email/unsubscribe/t">stop these emails</a>');
  });
});
