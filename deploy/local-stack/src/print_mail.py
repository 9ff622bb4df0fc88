#!/usr/bin/env python3
"""Prints the mail captured by the GreenMail SMTP capture of `./iccsp up`, readable.

GreenMail (standalone 2.1.8) keeps one mailbox per recipient and serves it over its REST API:
  GET /api/user                              -> [{"login", "email"}]
  GET /api/user/{email}/messages/INBOX       -> [{"uid", "subject", "contentType", "mimeMessage"}]
A message sent to several recipients lands in each mailbox; it is printed once, with all of them.

Usage: print_mail.py <api base url, e.g. http://127.0.0.1:18025> [--raw]
"""
import datetime
import email
import email.policy
import email.utils
import html
import json
import re
import signal
import sys
import time
import urllib.parse
import urllib.request

MAX_BODY_LINES = 40


def get(base, path):
    with urllib.request.urlopen(base + path, timeout=10) as resp:
        return json.load(resp)


def body_text(msg):
    """The text/plain part if there is one, else the HTML part with tags stripped."""
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return "(no text body)"
    text = part.get_content()
    if part.get_content_type() == "text/html":
        text = re.sub(r"(?is)<(script|style).*?</\1>", "", text)
        text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</h\d>|</li>|</tr>", "\n", text)
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
        text = re.sub(r"\n\s*\n+", "\n\n", text)
    return text.strip()


def timestamp(msg):
    """Date header, else the time GreenMail received the message (its Received header)."""
    try:
        if msg.get("Date"):
            return email.utils.parsedate_to_datetime(msg["Date"]).timestamp()
        received = str(msg.get("Received", "")).rsplit(";", 1)[-1].strip()
        return datetime.datetime.strptime(received, "%a %b %d %H:%M:%S %Z %Y").timestamp()
    except (TypeError, ValueError):
        return 0


def attachments(msg):
    return [p.get_filename() or p.get_content_type() for p in msg.iter_attachments()]


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    base = sys.argv[1].rstrip("/")
    raw = "--raw" in sys.argv[2:]
    messages = {}  # dedupe key -> (sort key, message, set of mailboxes)
    for user in get(base, "/api/user"):
        box = user["email"]
        for m in get(base, "/api/user/%s/messages/INBOX" % urllib.parse.quote(box, safe="@")):
            mime = m.get("mimeMessage", "")
            msg = email.message_from_string(mime, policy=email.policy.default)
            key = msg.get("Message-ID") or "|".join(
                str(msg.get(h, "")) for h in ("From", "Date", "Subject")) + "|" + str(len(mime))
            when = timestamp(msg)
            entry = messages.setdefault(key, [when, msg, set(), mime])
            entry[2].add(box)
    if not messages:
        print("No mail captured yet.")
        return 0
    for n, (when, msg, boxes, mime) in enumerate(sorted(messages.values(), key=lambda e: e[0]), 1):
        print("─" * 72)
        date = msg.get("Date") or (time.strftime("%a, %d %b %Y %H:%M:%S (received)", time.localtime(when)) if when else "")
        print("#%d  %s" % (n, date))
        print("From:     %s" % msg.get("From", ""))
        print("To:       %s" % msg.get("To", ""))
        if msg.get("Cc"):
            print("Cc:       %s" % msg.get("Cc"))
        print("Rcpt:     %s" % ", ".join(sorted(boxes)))
        print("Subject:  %s" % msg.get("Subject", ""))
        files = attachments(msg)
        if files:
            print("Attached: %s" % ", ".join(files))
        print()
        if raw:
            print(mime)
        else:
            lines = body_text(msg).splitlines()
            for line in lines[:MAX_BODY_LINES]:
                print("  " + line)
            if len(lines) > MAX_BODY_LINES:
                print("  … (%d more lines; ./iccsp mail --raw shows everything)" % (len(lines) - MAX_BODY_LINES))
    print("─" * 72)
    print("%d message(s)" % len(messages))
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `./iccsp mail | head` ends quietly
    sys.exit(main())
