// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText, normalizeLines, stripQuotedAndSignature, visibleText } from './text';

function html(markup: string): Element {
  const el = document.createElement('div');
  el.innerHTML = markup;
  return el;
}

describe('extractText: structure', () => {
  it('turns paragraphs, divs and <br> into lines without stacking blank lines', () => {
    expect(extractText(html('<p>Hi,</p><p>the app is great,<br>but slow.</p><div>Jane</div>'))).toBe('Hi,\n\nthe app is great,\nbut slow.\n\nJane');
    expect(extractText(html('<div>one</div><div><br></div><div>two</div>'))).toBe('one\n\ntwo');
  });

  it('collapses source whitespace and &nbsp;, keeps the line breaks of <pre>', () => {
    expect(extractText(html('  lots   of\n   space&nbsp;&nbsp;here  '))).toBe('lots of space here');
    expect(extractText(html('<pre>a  b\n  c</pre>'))).toBe('a b\nc');
  });

  it('skips scripts, styles, svg, buttons and hidden elements', () => {
    expect(extractText(html('<style>p{}</style><script>x()</script><svg><text>icon</text></svg><button>Show more</button><span hidden>secret</span><span aria-hidden="true">·</span>Real text'))).toBe('Real text');
  });

  it('honours extra remove and cut-at selectors', () => {
    const el = html('<div>Keep</div><div class="chrome">Show quoted text</div><div>Also keep</div><span class="js-signatureMarker"></span><div>Signature</div>');
    expect(extractText(el, { remove: ['.chrome'], cutAt: ['.js-signatureMarker'] })).toBe('Keep\nAlso keep');
  });

  it('visibleText gives one trimmed line', () => {
    expect(visibleText(html('<h1> Ticket <b>#42</b> </h1><p>x</p>'))).toBe('Ticket #42 x');
    expect(visibleText(null)).toBe('');
  });
});

describe('extractText: quoted history in HTML', () => {
  it('drops Gmail quotes', () => {
    expect(extractText(html('<div>Thanks, that helped.</div><div class="gmail_quote"><div class="gmail_attr">On Tue, Jane wrote:</div><blockquote class="gmail_quote">old</blockquote></div>'))).toBe('Thanks, that helped.');
  });

  it('drops Apple Mail / Thunderbird blockquote type=cite', () => {
    expect(extractText(html('<div>Not fixed yet.</div><blockquote type="cite"><div>Please try again</div></blockquote>'))).toBe('Not fixed yet.');
  });

  it('drops everything from Outlook web\'s reply header on', () => {
    expect(extractText(html('<div>See attached.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Support</div><div>older text</div>'))).toBe('See attached.');
  });

  it('drops Zendesk/Gmail signature blocks', () => {
    expect(extractText(html('<p>Works now.</p><div class="signature">Jane · ACME · +1 555</div>'))).toBe('Works now.');
    expect(extractText(html('<div>Works now.</div><div class="gmail_signature">Jane Doe<br>CEO</div>'))).toBe('Works now.');
  });

  it('keeps quotes when asked', () => {
    expect(extractText(html('<div>Mine</div><blockquote type="cite">theirs</blockquote>'), { keepQuotes: true })).toBe('Mine\ntheirs');
  });
});

describe('stripQuotedAndSignature: plain-text rules', () => {
  it('cuts at an "On … wrote:" attribution, also when it wraps onto a second line', () => {
    expect(stripQuotedAndSignature('Still broken.\n\nOn Tue, 3 Jun 2025 at 10:02, Jane <j@x.example> wrote:\n> try again')).toBe('Still broken.');
    expect(stripQuotedAndSignature('Still broken.\nOn Tue, 3 Jun 2025 at 10:02, Jane Doe\n<jane@example.com> wrote:\n> try again')).toBe('Still broken.');
  });

  it('cuts at localized attributions', () => {
    expect(stripQuotedAndSignature('Danke.\nAm 03.06.2025 um 10:02 schrieb Jane Doe:\n> alt')).toBe('Danke.');
    expect(stripQuotedAndSignature('Merci.\nLe mar. 3 juin 2025, Jane a écrit :\n> vieux')).toBe('Merci.');
  });

  it('does not cut an ordinary sentence that starts with "On"', () => {
    expect(stripQuotedAndSignature('On Monday I wrote to you twice.\nStill nothing.')).toBe('On Monday I wrote to you twice.\nStill nothing.');
  });

  it('drops "> " quoted lines wherever they are', () => {
    expect(stripQuotedAndSignature('> you said X\nNo, I said Y.\n> and Z\nThanks')).toBe('No, I said Y.\nThanks');
  });

  it('cuts at Outlook separators and header blocks', () => {
    expect(stripQuotedAndSignature('OK.\n-----Original Message-----\nFrom: A')).toBe('OK.');
    expect(stripQuotedAndSignature('OK.\n________________________________\nFrom: A')).toBe('OK.');
    expect(stripQuotedAndSignature('OK.\nFrom: Support <s@x.example>\nSent: Tuesday, June 3, 2025 10:02\nTo: Jane\nSubject: Re: x\n\nold')).toBe('OK.');
  });

  it('keeps a "From:" line that is not an Outlook header', () => {
    expect(stripQuotedAndSignature('From: my point of view this is a bug.\nPlease fix.')).toBe('From: my point of view this is a bug.\nPlease fix.');
  });

  it('cuts at the "-- " signature separator and phone footers', () => {
    expect(stripQuotedAndSignature('Thanks,\nJane\n\n-- \nJane Doe\nACME')).toBe('Thanks,\nJane');
    expect(stripQuotedAndSignature('Fine.\n\nSent from my iPhone')).toBe('Fine.');
    expect(stripQuotedAndSignature('Fine.\nGet Outlook for Android')).toBe('Fine.');
  });

  it('normalizeLines trims, collapses and limits blank lines', () => {
    expect(normalizeLines('\n\n  a   b  \n\n\n\nc\r\n\n')).toBe('a b\n\nc');
  });
});
