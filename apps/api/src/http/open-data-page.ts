/** One release as the list shows it. */
export interface ReleaseListing {
  date: string;
  timePeriod: string;
  rows: number;
  bytes: number;
  link: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/**
 * The list of open-data releases for people: a plain, accessible page (one h1, a table with a caption, no script),
 * readable on any phone. The web front end can restyle it; this keeps `/open-data/` useful on its own.
 */
export function openDataListPage(releases: readonly ReleaseListing[]): string {
  const rows = releases
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.date)}</td><td>${escapeHtml(r.timePeriod.replace('/', ' to '))}</td>` +
        `<td>${r.rows.toLocaleString('en-GB')}</td>` +
        `<td><a href="${escapeHtml(r.link)}">Download outcomes for ${escapeHtml(r.date)} (CSV, ${megabytes(r.bytes)})</a></td></tr>`,
    )
    .join('\n');
  const body = releases.length
    ? `<table><caption>Releases, newest first</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Records from</th><th scope="col">Rows</th><th scope="col">File</th></tr></thead>
<tbody>
${rows}
</tbody></table>`
    : '<p>Nothing has been published yet. The first release appears after the nightly figures are worked out.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Open data – Manchester Skills and Jobs</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.5rem;border-bottom:1px solid #b1b4b6;vertical-align:top}
caption{text-align:left;font-weight:bold;padding:.5rem 0}a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
@media (max-width:40rem){td,th{display:block}thead{display:none}}</style></head>
<body><main>
<h1>Open data: courses and jobs outcomes</h1>
<p>Who comes in at each step, who gets through and who ends up in work, for Manchester and for each course.</p>
<p>To protect people, every count has a little random noise added and is rounded to the nearest 5. Small counts
are shown as <code>c</code>. <a href="/open-data/outcomes.meta.csv">What every column and measure means (CSV)</a>.</p>
<p><a href="/open-data/outcomes.csv">Download the latest release (CSV)</a></p>
${body}
</main></body></html>
`;
}
