"""A real feed client reads our feeds and calendars: Debian's python3-feedparser and python3-icalendar.

Usage: feed_client.py feed FILE_OR_URL...   -> one JSON line per feed
       feed_client.py calendar FILE...      -> one JSON line per calendar
"""
import json
import sys

kind, sources = sys.argv[1], sys.argv[2:]

if kind == "feed":
    import feedparser

    for source in sources:
        parsed = feedparser.parse(source)
        print(json.dumps({
            "source": source,
            "bozo": bool(parsed.bozo),
            "bozo_exception": str(parsed.get("bozo_exception", "")),
            "version": parsed.version,
            "title": parsed.feed.get("title", ""),
            "language": parsed.feed.get("language", ""),
            "rights": parsed.feed.get("rights", ""),
            "entries": [{
                "title": e.get("title", ""),
                "link": e.get("link", ""),
                "published": e.get("published", ""),
                "author": e.get("author", ""),
                "content": e.content[0].value if e.get("content") else "",
                "enclosures": [dict(x) for x in e.get("enclosures", [])],
                "tags": [t.term for t in e.get("tags", [])],
                "media_credit": [c.get("content", "") for c in e.get("media_credit", [])],
                "media_content": [dict(m) for m in e.get("media_content", [])],
            } for e in parsed.entries],
        }, ensure_ascii=False))
elif kind == "calendar":
    from icalendar import Calendar

    for source in sources:
        with open(source, "rb") as f:
            calendar = Calendar.from_ical(f.read())
        events = []
        for event in calendar.walk("VEVENT"):
            start = event.decoded("DTSTART")
            end = event.decoded("DTEND")
            events.append({
                "uid": str(event.get("UID")),
                "summary": str(event.get("SUMMARY")),
                "start_utc": start.isoformat(),
                "end_utc": end.isoformat(),
                "tz": str(start.tzinfo),
                "location": str(event.get("LOCATION")),
                "url": str(event.get("URL")),
                "stamp": event.decoded("DTSTAMP").isoformat(),
            })
        print(json.dumps({"source": source, "events": events}, ensure_ascii=False))
