#!/usr/bin/env bash
# Request Tracker 5 on 127.0.0.1:8088 with one seeded near-miss ticket, for the RT adapter's
# end-to-end test. Follows the recipe in the team's helpdesk reference ("Request Tracker 5 recipe").
#
# Run as root (CI machines start fresh; on a developer machine it is safe to run again):
#   bash test/support/rt/setup.sh
# Every step is skipped when its result is already there:
#   1. packages installed            -> no apt-get
#   2. site config unchanged         -> not rewritten
#   3. ACL rows inserted (marker)    -> not inserted again
#   4. server answering on :8088     -> not started again
#   5. ticket 1 exists               -> not seeded again
# Ground truth and rendered pages go to test/artifacts/rt/ (gitignored):
#   history.json        REST 2 history of ticket 1 (Type, Creator)
#   customer-texts.json what the customer wrote, oldest first (what readTicket must return)
#   ticket-display.html /Ticket/Display.html?id=1 as rendered for root
#   ticket-history.html /Helpers/TicketHistory?id=1 (the AJAX history fragment)
#   rt-server.log, rt-server.pid
# Stop the server: kill -TERM "$(cat test/artifacts/rt/rt-server.pid)"; wait a few seconds before a
# restart (an immediate restart fails to bind the port).
set -euo pipefail

PORT=8088
HOST=127.0.0.1
B="http://localhost:$PORT"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
OUT="$ROOT/test/artifacts/rt"
mkdir -p "$OUT"
W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
START=$(date +%s)
log() { printf '[rt-setup +%ss] %s\n' "$(( $(date +%s) - START ))" "$*"; }

if [ "$(id -u)" -ne 0 ]; then
  echo "run as root (apt-get and the RT config need it)" >&2
  exit 1
fi

# --- 1. packages ---------------------------------------------------------------------------------
PKGS=(request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing ${missing[*]}"
  apt-get update -q
  # dbconfig-common creates and populates the SQLite database during install.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${PKGS[@]}"
else
  log "packages already installed"
fi

# --- 2. site config ------------------------------------------------------------------------------
# $rtname is pinned so the customer's follow-up ("[rt.test #1]" in the subject) threads into ticket 1.
CONF=/etc/request-tracker5/RT_SiteConfig.d/99-localtest.pm
cat > "$W/site.pm" <<CONFEOF
Set(\$WebDomain, 'localhost');
Set(\$WebPort, $PORT);
Set(\$WebPath, '');
Set(\$WebBaseURL, 'http://localhost:$PORT');
Set(@ReferrerWhitelist, qw(localhost:$PORT 127.0.0.1:$PORT));
Set(\$LogToSTDERR, 'warning');
Set(\$rtname, 'rt.test');
CONFEOF
if ! cmp -s "$W/site.pm" "$CONF"; then
  log "writing $CONF"
  cp "$W/site.pm" "$CONF"
  CONF_CHANGED=1
else
  CONF_CHANGED=0
fi

# --- 3. ACL: let e-mailed customers open and reply to tickets (the default ACL refuses them) -------
DB_DIR=/var/lib/dbconfig-common/sqlite3/request-tracker5
ACL_MARK="$DB_DIR/near-miss-acl.done"
if [ ! -e "$ACL_MARK" ]; then
  log "granting Everyone CreateTicket/ReplyToTicket on General"
  cat > "$W/rt-acl.pl" <<'ACLEOF'
@ACL = (
  { GroupDomain => 'SystemInternal', GroupType => 'Everyone', Right => 'CreateTicket',  Queue => 'General' },
  { GroupDomain => 'SystemInternal', GroupType => 'Everyone', Right => 'ReplyToTicket', Queue => 'General' },
);
1;
ACLEOF
  rt-setup-database-5 --action insert --datafile "$W/rt-acl.pl"
  touch "$ACL_MARK"
else
  log "ACL already granted"
fi

# --- 4. server -----------------------------------------------------------------------------------
answering() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$B/NoAuth/Login.html" | grep -q '^200$'; }
if answering; then
  log "rt-server already answering on $PORT"
  [ "$CONF_CHANGED" = 1 ] && log "WARNING: config changed while the server runs; restart it to apply"
else
  log "starting rt-server on $HOST:$PORT"
  setsid nohup /usr/share/request-tracker5/libexec/rt-server --port "$PORT" --host "$HOST" \
    > "$OUT/rt-server.log" 2>&1 < /dev/null &
  echo $! > "$OUT/rt-server.pid"
  for _ in $(seq 1 90); do answering && break; sleep 1; done
  answering || { echo "rt-server did not answer; see $OUT/rt-server.log" >&2; exit 1; }
  log "rt-server answering (pid $(cat "$OUT/rt-server.pid"))"
fi

# REST 1.0 session for root (default password "password")
curl -s -c "$W/rtc" -d 'user=root&pass=password' "$B/REST/1.0/" > /dev/null

# --- 5. seed ticket 1 ----------------------------------------------------------------------------
# The texts are near-miss language on purpose: the page doubles as a sidebar end-to-end page.
CUSTOMER_1='Hi,

I love the lamp I ordered from you last year, it is great, but this new order has been
"out for delivery" for six days now and the tracking page has not changed since Tuesday.
I need it before my sister'"'"'s birthday on Saturday. Could someone please check what is going on?

Thanks,
Jane

-- 
Jane Customer
Sent from my iPhone'
AGENT_REPLY='Hi Jane, I am sorry about the wait. I have opened a trace with the courier and will update you tomorrow.'
INTERNAL_NOTE='INTERNAL: courier says the parcel is stuck at the depot. Refund approved if it is not found by Thursday.'
CUSTOMER_2='Honestly I am disappointed. I have been a customer for three years and this is the first time
something like this has happened. If it does not arrive by Friday I will cancel the order and
shop elsewhere.

On Wed, Support wrote:
> Hi Jane, I am sorry about the wait. I have opened a trace with the courier and will update you tomorrow.'

ticket_exists() { curl -s -b "$W/rtc" "$B/REST/1.0/ticket/1/show" | grep -q '^id: ticket/1$'; }
if ticket_exists; then
  log "ticket 1 already exists; not seeding"
else
  log "seeding ticket 1"
  # customer message through the mail gateway (creates the customer as an unprivileged user)
  printf 'From: Jane Customer <jane.customer@example.com>\nTo: rt@localhost\nSubject: Lamp order stuck out for delivery\nContent-Type: text/plain; charset=utf-8\n\n%s\n' "$CUSTOMER_1" \
    | rt-mailgate --queue General --action correspond --url "$B"
  # agent reply and internal comment: REST 1.0 as root. Multi-line Text needs continuation lines to
  # start with a space; these are single lines.
  curl -s -b "$W/rtc" "$B/REST/1.0/ticket/1/comment" --data-urlencode "content=id: 1
Action: correspond
Text: $AGENT_REPLY" > /dev/null
  curl -s -b "$W/rtc" "$B/REST/1.0/ticket/1/comment" --data-urlencode "content=id: 1
Action: comment
Text: $INTERNAL_NOTE" > /dev/null
  # customer follow-up: the subject tag routes it to ticket 1
  printf 'From: jane.customer@example.com\nTo: rt@localhost\nSubject: Re: [rt.test #1] Lamp order stuck out for delivery\nContent-Type: text/plain; charset=utf-8\n\n%s\n' "$CUSTOMER_2" \
    | rt-mailgate --queue General --action correspond --url "$B"
  ticket_exists || { echo "seeding failed: ticket 1 missing" >&2; exit 1; }
fi

# --- ground truth and rendered pages -------------------------------------------------------------
curl -s -b "$W/rtc" "$B/REST/2.0/ticket/1/history?fields=Type,Creator&per_page=100" > "$OUT/history.json"
# What readTicket must return for the customer's messages (author 'customer', thread order): the
# author's own words with their line breaks, signature and quoted reply removed.
cat > "$OUT/customer-texts.json" <<'JSONEOF'
[
  "Hi,\n\nI love the lamp I ordered from you last year, it is great, but this new order has been\n\"out for delivery\" for six days now and the tracking page has not changed since Tuesday.\nI need it before my sister's birthday on Saturday. Could someone please check what is going on?\n\nThanks,\nJane",
  "Honestly I am disappointed. I have been a customer for three years and this is the first time\nsomething like this has happened. If it does not arrive by Friday I will cancel the order and\nshop elsewhere."
]
JSONEOF
curl -s -c "$W/web" -b "$W/web" -d 'user=root&pass=password' "$B/NoAuth/Login.html" > /dev/null
curl -s -b "$W/web" "$B/Ticket/Display.html?id=1" > "$OUT/ticket-display.html"
curl -s -b "$W/web" "$B/Helpers/TicketHistory?id=1" > "$OUT/ticket-history.html"
grep -q 'Correspondence added' "$OUT/ticket-history.html" \
  || { echo "ticket history did not render; see $OUT/ticket-history.html" >&2; exit 1; }
log "done: $B/Ticket/Display.html?id=1 (login root/password); artifacts in test/artifacts/rt"
