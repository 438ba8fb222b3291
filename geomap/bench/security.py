"""``geomap bench security``: the attacks of issue 13, each sent to the real server.

Two servers run (``geomap serve``, waitress, on 127.0.0.1 in processes of their own): one as
installed (no token) and one with ``GEOMAP_API_TOKEN``. Each probe sends what an attacker
would and says whether the answer is the right one; every answer is also checked for a 5xx.
The bomb and size probes run again at the end with the server's peak memory reset, to show
how far above its warm level they take it.
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from .probes import Answer, call, gzip_bomb, memory_mb, post_form, post_json, reset_peak
from .server import Server

TOKEN = "probe-token-3c7a"
ARTICLE = ("قتل خمسة مدنيين في غارة جوية على قرية كفر ناها في ريف حلب الغربي اليوم الجمعة، "
           "وقالت المصادر إن الطائرات قصفت مدينة إدلب.")
UNRESOLVED = "كفر ناها"
SQL_MAX = 2**63 - 1
MEMORY_LIMIT_MB = 100


@dataclass
class Outcome:
    ok: bool
    detail: str = ""


@dataclass
class Probe:
    case: str              # the case number, or "held" for what held up before
    name: str
    run: Callable[["Lab"], Outcome]
    expect: str            # "4xx" (refused) or "2xx" (allowed, with the attack neutralised)
    memory: bool = False   # a bomb or size probe: run again under the memory watch


@dataclass
class Lab:
    """The servers the probes hit, and every status they answered."""

    open: Server
    locked: Server
    workdir: Path
    env: dict = field(default_factory=dict)
    statuses: list[int] = field(default_factory=list)
    _ids: dict = field(default_factory=dict)

    def send(self, server: Server, method: str, path: str, body: bytes | None = None,
             headers: dict | None = None, **kw) -> Answer:
        answer = call(server.url, method, path, body, headers, **kw)
        self.statuses.append(answer.status)
        return answer

    def json(self, server: Server, path: str, value, headers: dict | None = None, **kw) -> Answer:
        body = value if isinstance(value, bytes) else json.dumps(value, ensure_ascii=False).encode()
        return self.send(server, "POST", path, body, {"Content-Type": "application/json", **(headers or {})}, **kw)

    def form(self, server: Server, path: str, fields, headers: dict | None = None, **kw) -> Answer:
        answer = post_form(server.url, path, fields, headers, **kw)
        self.statuses.append(answer.status)
        return answer

    def get(self, server: Server, path: str, **kw) -> Answer:
        return self.send(server, "GET", path, **kw)

    def article_id(self, server: Server | None = None) -> int:
        """An article stored once on *server* (open by default), with an unresolved name."""
        server = server or self.open
        if server.url not in self._ids:
            auth = {"Authorization": f"Bearer {TOKEN}"} if server is self.locked else {}
            answer = post_json(server.url, "/api/v1/articles",
                               {"text": ARTICLE, "published": "2016-09-09", "source": "probe"}, auth)
            self._ids[server.url] = answer.json()["id"]
        return self._ids[server.url]

    def total(self, server: Server) -> int:
        return call(server.url, "GET", "/api/v1/articles?limit=1").json()["total"]


# -- checks ------------------------------------------------------------------------------

def refused(answer: Answer, status: int | tuple[int, ...], *words: str, json_body: bool | None = None) -> Outcome:
    statuses = status if isinstance(status, tuple) else (status,)
    if answer.status not in statuses:
        return Outcome(False, f"answered {answer.status}, not {statuses}: {answer.text[:200]}")
    if json_body and not answer.is_json:
        return Outcome(False, f"answered {answer.status} but not as JSON")
    missing = [w for w in words if w not in answer.text]
    if missing:
        return Outcome(False, f"answered {answer.status} without {missing}: {answer.text[:200]}")
    return Outcome(True, f"{answer.status} in {answer.seconds * 1000:.0f} ms")


def unchanged(lab: Lab, server: Server, before: int, outcome: Outcome) -> Outcome:
    after = lab.total(server)
    if after != before:
        return Outcome(False, f"{outcome.detail}; but the store went from {before} to {after} articles")
    return outcome


# -- case 1: the start-up race --------------------------------------------------------------

def first_parses(lab: Lab, server: Server, n: int = 4) -> Outcome:
    """*n* parallel first parses on a fresh server: all 200, all the same events."""
    barrier, answers = threading.Barrier(n), []

    def one():
        barrier.wait()
        answers.append(lab.json(server, "/api/v1/parse", {"text": ARTICLE, "published": "2016-09-09"}))

    threads = [threading.Thread(target=one) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    counts = {len(a.json()["features"]) if a.status == 200 else a.status for a in answers}
    return Outcome([a.status for a in answers] == [200] * n and len(counts) == 1,
                   f"statuses {[a.status for a in answers]}, events {sorted(counts)}")


# -- case 2: metadata and body sizes ----------------------------------------------------------

def big_title(lab: Lab) -> Outcome:
    """A 12 MB body (a 6-million-character title): refused before it is read."""
    before = lab.total(lab.open)
    answer = lab.json(lab.open, "/api/v1/articles", {"text": ARTICLE, "title": "ع" * 6_000_000})
    return unchanged(lab, lab.open, before, refused(answer, 413, "MB", json_body=True))


def long_field(field_name: str, length: int) -> Callable[[Lab], Outcome]:
    def run(lab: Lab) -> Outcome:
        value = ("https://example.org/" + "a" * length) if field_name == "url" else "ع" * length
        before = lab.total(lab.open)
        answer = lab.json(lab.open, "/api/v1/articles", {"text": ARTICLE, field_name: value[:length]})
        return unchanged(lab, lab.open, before, refused(answer, 422, field_name, "limit", json_body=True))
    return run


def public_parse_2mb(lab: Lab) -> Outcome:
    """On a server with a token, an unauthenticated 2 MB /parse: 413 before it is read."""
    return refused(lab.json(lab.locked, "/api/v1/parse", {"text": "ع" * 1_000_000}), 413, json_body=True)


def public_parse_long(lab: Lab) -> Outcome:
    """On a server with a token, /parse without it takes 20,000 characters, not more."""
    text = (ARTICLE + " ") * (20_001 // len(ARTICLE) + 1)
    return refused(lab.json(lab.locked, "/api/v1/parse", {"text": text}), 413, "20,000", json_body=True)


def public_parse_article(lab: Lab) -> Outcome:
    """... and a news article still parses there without the token."""
    answer = lab.json(lab.locked, "/api/v1/parse", {"text": ARTICLE, "published": "2016-09-09"})
    return Outcome(answer.status == 200 and len(answer.json()["features"]) >= 1, f"{answer.status}")


def parse_response_bounded(lab: Lab) -> Outcome:
    """The largest metadata on a 100,000-character article: the response stays small."""
    text = " ".join([ARTICLE] * (100_000 // (len(ARTICLE) + 1)))
    answer = lab.json(lab.open, "/api/v1/parse", {"text": text, "title": "ع" * 500, "source": "ع" * 200,
                                                  "url": "https://example.org/" + "a" * 2000})
    size = len(answer.body)
    return Outcome(answer.status == 200 and size < 4 * 1024 * 1024,
                   f"{answer.status}, {size / 1024:.0f} KB for a {len(text):,}-character article")


def run_on_sentence(server_name: str, chars: int) -> Callable[[Lab], Outcome]:
    """One "sentence" of *chars* characters packed with triggers and places (no full stop): the
    event rules were quadratic in it (20,000 characters took a minute of CPU)."""
    def run(lab: Lab) -> Outcome:
        unit = "قتل خمسة في غارة جوية على مدينة حلب و "
        text = (unit * (chars // len(unit) + 1))[:chars]
        answer = lab.json(getattr(lab, server_name), "/api/v1/parse", {"text": text}, timeout=300)
        return Outcome(answer.status == 200, f"{answer.status} in {answer.seconds:.1f} s")
    return run


def content_length_1gb(lab: Lab) -> Outcome:
    """A 1 GB Content-Length: refused by the server before it is sent."""
    answer = lab.send(lab.open, "POST", "/api/v1/parse", None,
                      {"Content-Type": "application/json", "Content-Length": str(1 << 30)})
    return refused(answer, 413)


# -- case 3: cross-site writes, hosts, fix_place --------------------------------------------------

def cross_site(route: str, headers: dict) -> Callable[[Lab], Outcome]:
    def run(lab: Lab) -> Outcome:
        article = lab.article_id()
        path = route.format(id=article)
        fields = {"/": [("text", ARTICLE)], f"/articles/{article}/places": [
            ("name", UNRESOLVED), ("alias_of", "geonames:98182")], f"/articles/{article}/delete": []}[path]
        before = lab.total(lab.open)
        answer = lab.form(lab.open, path, fields, headers)
        outcome = unchanged(lab, lab.open, before, refused(answer, 403, "another"))
        if outcome.ok and "places" in path:
            places = call(lab.open.url, "GET", f"/api/v1/articles/{article}").json()["mentions"]
            # "resolved": a place the gazetteer has (a name drawn only from its context is not one)
            if any(m["text"] == UNRESOLVED and m["resolved"] for m in places):
                return Outcome(False, "refused, yet the name was added")
        return outcome
    return run


def cross_site_delete_api(lab: Lab) -> Outcome:
    article = lab.article_id()
    answer = lab.send(lab.open, "DELETE", f"/api/v1/articles/{article}", None,
                      {"Origin": "http://evil.example"})
    return refused(answer, 403, json_body=True)


def same_origin_form(lab: Lab) -> Outcome:
    """Our own page's form (Origin: the server) still works."""
    answer = lab.form(lab.open, "/", [("text", ARTICLE + " ثم"), ("published", "2016-09-09")],
                      {"Origin": lab.open.url, "Sec-Fetch-Site": "same-origin"})
    return Outcome(answer.status == 303, f"{answer.status}")


def foreign_host(method: str) -> Callable[[Lab], Outcome]:
    def run(lab: Lab) -> Outcome:
        host = f"evil.example:{lab.open.port}"
        if method == "GET":
            return refused(lab.get(lab.open, "/api/v1/facets", host=host), 400, "host", json_body=True)
        return refused(lab.json(lab.open, "/api/v1/parse", {"text": ARTICLE}, host=host), 400, json_body=True)
    return run


def fix_any_name(lab: Lab) -> Outcome:
    """``fix_place`` takes only the article's unresolved names: not إدلب as Baghdad."""
    article = lab.article_id()
    answer = lab.form(lab.open, f"/articles/{article}/places", [("name", "إدلب"), ("alias_of", "geonames:98182")])
    outcome = refused(answer, 422, "unresolved")
    check = post_json(lab.open.url, "/api/v1/parse", {"text": "غارة جوية على مدينة إدلب"}).json()
    places = {f["properties"]["gazetteer_id"] for f in check["features"]}
    if outcome.ok and "geonames:98182" in places:
        return Outcome(False, "refused, yet إدلب now resolves to Baghdad")
    return outcome


# -- case 4: gzip bombs; case 5: articles per upload ----------------------------------------------

def upload(lab: Lab, files: list[tuple[str, bytes]], server: Server | None = None) -> Answer:
    return lab.form(server or lab.open, "/", [("text", ""), *[("files", f) for f in files]])


def bomb(filename: str, expanded_mb: int, byte: bytes = b" ", members: int = 1,
         status: int | tuple[int, ...] = 413) -> Callable[[Lab], Outcome]:
    def run(lab: Lab) -> Outcome:
        data = gzip_bomb(expanded_mb, byte, members)
        before = lab.total(lab.open)
        outcome = unchanged(lab, lab.open, before, refused(upload(lab, [(filename, data)]), status))
        outcome.detail += f" ({len(data) / 1024:,.0f} KB expanding to {expanded_mb * members:,} MB)"
        return outcome
    return run


def jsonl_lines(n: int, valid: bool = True) -> bytes:
    if valid:
        return "".join(json.dumps({"text": f"غارة جوية على حلب رقم {i}"}, ensure_ascii=False) + "\n"
                       for i in range(n)).encode()
    return b"".join(b'{"no text": %d}\n' % i for i in range(n))


def many_articles(n: int) -> Callable[[Lab], Outcome]:
    def run(lab: Lab) -> Outcome:
        before = lab.total(lab.open)
        answer = upload(lab, [("many.jsonl", jsonl_lines(n))])
        return unchanged(lab, lab.open, before, refused(answer, 413, "1,000 articles"))
    return run


def many_failures(lab: Lab) -> Outcome:
    """1,000 bad records: every one counted, the page lists 100 of them and stays small."""
    answer = upload(lab, [("bad.jsonl", jsonl_lines(1000, valid=False))])
    outcome = refused(answer, 422, "1000 failed")
    listed = answer.text.count("bad.jsonl:")
    if outcome.ok and (listed > 100 or len(answer.body) > 200_000):
        return Outcome(False, f"{listed} failures listed, {len(answer.body):,} bytes")
    outcome.detail += f", {listed} listed, page {len(answer.body) / 1024:.0f} KB"
    return outcome


def facets_during_uploads(lab: Lab) -> Outcome:
    """Four 100,000-line uploads at once: each refused, and a plain read is not held up."""
    answers: list[Answer] = []
    threads = [threading.Thread(target=lambda: answers.append(upload(lab, [("huge.jsonl", jsonl_lines(100_000))])))
               for _ in range(4)]
    for t in threads:
        t.start()
    time.sleep(0.2)
    facets = lab.get(lab.open, "/api/v1/facets")
    for t in threads:
        t.join()
    ok = facets.status == 200 and facets.seconds < 10 and [a.status for a in answers] == [413] * 4
    return Outcome(ok, f"uploads {[a.status for a in answers]} in at most "
                       f"{max(a.seconds for a in answers):.1f} s; /facets meanwhile {facets.seconds * 1000:.0f} ms")


# -- case 6: user errors are 4xx JSON ---------------------------------------------------------------

def get_refused(path: str, status: int = 400, *words: str) -> Callable[[Lab], Outcome]:
    def run(lab: Lab) -> Outcome:
        return refused(lab.get(lab.open, path), status, *words, json_body=path.startswith("/api/"))
    return run


def get_ok(path: str) -> Callable[[Lab], Outcome]:
    def run(lab: Lab) -> Outcome:
        answer = lab.get(lab.open, path)
        return Outcome(answer.status == 200, f"{answer.status}")
    return run


def post_refused(path: str, body, status: int | tuple[int, ...], *words: str) -> Callable[[Lab], Outcome]:
    def run(lab: Lab) -> Outcome:
        before = lab.total(lab.open)
        return unchanged(lab, lab.open, before, refused(lab.json(lab.open, path, body), status, *words,
                                                        json_body=True))
    return run


def nested(depth: int) -> bytes:
    return b'{"text": ' + b"[" * depth + b"]" * depth + b"}"


def place(**fields) -> dict:
    return {"name": "قرية التجربة", "lat": 36.1, "lon": 36.9, **fields}


def csv_truncation(lab: Lab) -> Outcome:
    """/events.csv with a bad filter: an error status and a whole JSON body, never a cut 200."""
    answer = lab.get(lab.open, f"/api/v1/events.csv?article={SQL_MAX + 1}")
    outcome = refused(answer, 400, "article", json_body=True)
    if outcome.ok:
        answer.json()                                      # the whole body, parsed
    return outcome


# -- case 7: CSV formulas; case 8: uploads' URLs; case 9: leaks ----------------------------------------

def csv_formulas(lab: Lab) -> Outcome:
    """A source, title and url that spreadsheets would run: every CSV cell comes out as text."""
    evil = {"source": '=HYPERLINK("http://evil.example","x")', "title": "@SUM(1+1)\u202e"}
    answer = lab.json(lab.open, "/api/v1/articles", {"text": ARTICLE + " أمس", "published": "2016-09-09", **evil})
    if answer.status not in (200, 201):
        return Outcome(False, f"the article was not stored ({answer.status})")
    article = answer.json()["id"]
    rows = list(csv.reader(io.StringIO(lab.get(lab.open, f"/api/v1/events.csv?article={article}").text)))
    cells = [c for row in rows[1:] for c in row]
    bad = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not _number(c))]
    ok = rows[1:] and not bad and "'=HYPERLINK" in "".join(cells) and "\u202e" not in "".join(cells)
    return Outcome(bool(ok), f"{len(rows) - 1} rows; cells that start like a formula: {bad[:3]}")


def _number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


def upload_url(filename: str, data: bytes, status: int, stored: int) -> Callable[[Lab], Outcome]:
    def run(lab: Lab) -> Outcome:
        before = lab.total(lab.open)
        answer = upload(lab, [(filename, data)])
        outcome = refused(answer, status, "url")
        after = lab.total(lab.open)
        served = lab.get(lab.open, "/api/v1/events?limit=10000").text + lab.get(lab.open, "/api/v1/events.csv").text
        if outcome.ok and (after - before != stored or "javascript:" in served):
            return Outcome(False, f"{after - before} stored; javascript: served: {'javascript:' in served}")
        return outcome
    return run


def locked_store(lab: Lab) -> Outcome:
    """A write that meets a locked store: 503 that names the file, never its folder."""
    db = sqlite3.connect(lab.open.db, timeout=5, isolation_level=None)
    try:
        db.execute("BEGIN EXCLUSIVE")
        answer = lab.json(lab.open, "/api/v1/articles", {"text": ARTICLE + " اليوم"})
    finally:
        db.execute("ROLLBACK")
        db.close()
    outcome = refused(answer, 503, "locked", json_body=True)
    folder = str(Path(lab.open.db).resolve().parent)
    if folder in answer.text or "/tmp" in answer.text:
        return Outcome(False, f"the answer names a folder: {answer.text[:200]}")
    return outcome


def bidi_title(lab: Lab) -> Outcome:
    """U+202E in a title: gone from the page's <title>, the GeoJSON and the CSV."""
    answer = lab.json(lab.open, "/api/v1/articles", {"text": ARTICLE + " غدا", "title": "exe.\u202egpj حلب",
                                                     "published": "2016-09-09"})
    article = answer.json()["id"]
    page = lab.get(lab.open, f"/articles/{article}").text
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    served = lab.get(lab.open, f"/api/v1/events?article={article}").text + \
        lab.get(lab.open, f"/api/v1/events.csv?article={article}").text
    ok = answer.status in (200, 201) and "\u202e" not in title and "\u202e" not in served and "exe.gpj" in title
    return Outcome(ok, f"<title>{title}</title>")


def form_without_token(lab: Lab) -> Outcome:
    """On a server with a token, a 15 MB upload form without it: 401."""
    before = lab.total(lab.locked)
    answer = upload(lab, [("big.jsonl", jsonl_lines(1) * 300_000)], server=lab.locked)
    return unchanged(lab, lab.locked, before, refused(answer, 401, "token"))


def form_with_token_first(lab: Lab) -> Outcome:
    answer = lab.form(lab.locked, "/", [("token", TOKEN), ("text", ARTICLE)])
    return Outcome(answer.status == 303, f"{answer.status}")


# -- what held up before: keep it so ------------------------------------------------------------

WRITES = (("POST", "/api/v1/articles"), ("DELETE", "/api/v1/articles/{id}"), ("POST", "/api/v1/gazetteer/places"),
          ("POST", "/"), ("POST", "/articles/{id}/delete"), ("POST", "/articles/{id}/places"))
BAD_AUTH = (None, "Bearer wrong", "Basic cHJvYmUtdG9rZW4tM2M3YQ==")


def unauthorised(method: str, route: str, auth: str | None) -> Callable[[Lab], Outcome]:
    def run(lab: Lab) -> Outcome:
        path = route.format(id=lab.article_id(lab.locked))
        headers = {"Authorization": auth} if auth else {}
        before = lab.total(lab.locked)
        if path.startswith("/api/"):
            body = {"text": ARTICLE} if "articles" in path else place(name=UNRESOLVED)
            answer = lab.send(lab.locked, method, path, json.dumps(body).encode() if method == "POST" else None,
                              {"Content-Type": "application/json", **headers})
        else:
            answer = lab.form(lab.locked, path, [("text", ARTICLE), ("name", UNRESOLVED), ("lat", "36"),
                                                 ("lon", "37")], headers)
        return unchanged(lab, lab.locked, before, refused(answer, 401, "token"))
    return run


def sql_injection(path: str) -> Callable[[Lab], Outcome]:
    def run(lab: Lab) -> Outcome:
        lab.article_id()                                   # events there are to leak, or to drop
        answer = lab.get(lab.open, path)
        body = answer.json() if answer.status == 200 else {}
        found = body.get("numberMatched", body.get("total"))
        still = call(lab.open.url, "GET", "/api/v1/events?limit=1").json()["numberMatched"]
        harmless = (answer.status == 200 and found == 0) or answer.status == 400
        return Outcome(harmless and still > 0, f"{answer.status}, matched {found}; events still stored: {still}")
    return run


def escaped(lab: Lab) -> Outcome:
    evil = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
    answer = lab.json(lab.open, "/api/v1/articles", {"text": ARTICLE + " " + evil, "title": evil, "source": evil})
    article = answer.json()["id"]
    pages = [lab.get(lab.open, p).text for p in ("/", f"/articles/{article}", "/map")]
    leaks = [p for p in pages if "<script>alert" in p or "<img src=x" in p]
    return Outcome(answer.status in (200, 201) and not leaks, f"{len(leaks)} pages with the raw markup")


def csp_headers(lab: Lab) -> Outcome:
    missing = []
    for path in ("/", "/map", f"/articles/{lab.article_id()}"):
        headers = lab.get(lab.open, path).headers
        for name, value in (("content-security-policy", "script-src 'self'"), ("x-content-type-options", "nosniff"),
                            ("x-frame-options", "SAMEORIGIN"), ("referrer-policy", "same-origin")):
            if value not in headers.get(name, ""):
                missing.append(f"{path} {name}")
    return Outcome(not missing, f"missing: {missing}")


def concurrent_writers(lab: Lab) -> Outcome:
    """Four clients posting three articles each at once: every one stored."""
    before = lab.total(lab.open)
    answers: list[Answer] = []

    def client(n):
        for k in range(3):
            answers.append(lab.json(lab.open, "/api/v1/articles", {"text": f"{ARTICLE} رقم {n}-{k}"}))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    after = lab.total(lab.open)
    return Outcome(sorted(a.status for a in answers) == [201] * 12 and after - before == 12,
                   f"{len([a for a in answers if a.status == 201])} of 12 acknowledged, {after - before} stored")


def kill_9(lab: Lab) -> Outcome:
    """kill -9 of a server while clients post: every acknowledged article is in the store."""
    from ..store import EventStore

    db = lab.workdir / "killed.sqlite"
    acknowledged, stop = [], threading.Event()
    with Server(db, env=lab.env) as server:
        def client(n):
            for k in range(1000):
                if stop.is_set():
                    return
                try:
                    answer = post_json(server.url, "/api/v1/articles", {"text": f"{ARTICLE} رقم {n}-{k}"}, timeout=30)
                except (OSError, http.client.HTTPException):     # the server died mid-answer
                    return
                lab.statuses.append(answer.status)
                if answer.status == 201:
                    acknowledged.append(answer.json()["id"])
        threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 60
        while len(acknowledged) < 20 and time.monotonic() < deadline:
            time.sleep(0.05)
        server.process.kill()
        server.process.wait()
        stop.set()
        for t in threads:
            t.join()
    with EventStore(db) as store:
        kept = [i for i in acknowledged if _stored(store, i)]
    return Outcome(len(acknowledged) >= 20 and len(kept) == len(acknowledged),
                   f"{len(kept)} of {len(acknowledged)} acknowledged articles kept after kill -9")


def _stored(store, article_id: int) -> bool:
    try:
        store.article(article_id, text=False)
        return True
    except LookupError:
        return False


# -- the table ------------------------------------------------------------------------------------

EVIL = {"Origin": "http://evil.example"}


def probes() -> list[Probe]:
    """Every probe, in the order they run (the start-up race first, on fresh servers)."""
    table = [
        Probe("1", "4 parallel first /parse on a fresh server", lambda lab: first_parses(lab, lab.open), "2xx"),
        Probe("1", "4 parallel first /parse on a fresh server with a token", lambda lab: first_parses(lab, lab.locked), "2xx"),
        Probe("2", "12 MB body, 6 M-character title", big_title, "4xx", memory=True),
        Probe("2", "title of 501 characters", long_field("title", 501), "4xx"),
        Probe("2", "source of 201 characters", long_field("source", 201), "4xx"),
        Probe("2", "url of 2,049 characters", long_field("url", 2049), "4xx"),
        Probe("2", "token server: unauthenticated 2 MB /parse", public_parse_2mb, "4xx", memory=True),
        Probe("2", "token server: unauthenticated /parse of 20,001+ characters", public_parse_long, "4xx", memory=True),
        Probe("2", "token server: unauthenticated /parse of a news article", public_parse_article, "2xx"),
        Probe("2", "/parse response with the largest metadata", parse_response_bounded, "2xx", memory=True),
        Probe("2", "Content-Length: 1 GB", content_length_1gb, "4xx", memory=True),
        Probe("2", "token server: unauthenticated /parse of a 20,000-character run-on sentence",
              run_on_sentence("locked", 20_000), "2xx"),
        Probe("2", "/parse of a 500,000-character run-on sentence", run_on_sentence("open", 500_000), "2xx"),
    ]
    for route in ("/", "/articles/{id}/places", "/articles/{id}/delete"):
        for headers in (EVIL, {"Origin": "null"}, {"Referer": "http://evil.example/page"},
                        {"Sec-Fetch-Site": "cross-site"}, {"Origin": "http://localhost:1", "Sec-Fetch-Site": "same-site"}):
            table.append(Probe("3", f"POST {route} with {headers}", cross_site(route, headers), "4xx"))
    table += [
        Probe("3", "DELETE /api/v1/articles/N with Origin: http://evil.example", cross_site_delete_api, "4xx"),
        Probe("3", "a form from our own page still writes", same_origin_form, "2xx"),
        Probe("3", "GET with Host: evil.example (DNS rebinding)", foreign_host("GET"), "4xx"),
        Probe("3", "POST with Host: evil.example (DNS rebinding)", foreign_host("POST"), "4xx"),
        Probe("3", "fix_place with a name the article resolved (إدلب as Baghdad)", fix_any_name, "4xx"),
        Probe("4", ".jsonl.gz: 194 KB of spaces expanding to 200 MB", bomb("bomb.jsonl.gz", 200), "4xx", memory=True),
        Probe("4", ".jsonl.gz: newlines expanding to 200 MB", bomb("lines.jsonl.gz", 200, b"\n"), "4xx", memory=True),
        Probe("4", ".jsonl.gz: 16 MB of gzip members expanding to 16 GB",
              bomb("huge.jsonl.gz", 200, members=80), "4xx", memory=True),
        Probe("4", ".json.gz expanding to 200 MB", bomb("bomb.json.gz", 200, status=422), "4xx", memory=True),
        Probe("4", ".txt.gz expanding to 200 MB", bomb("bomb.txt.gz", 200, status=422), "4xx", memory=True),
        Probe("5", "1,001 articles in one upload", many_articles(1001), "4xx", memory=True),
        Probe("5", "100,000 articles in one upload", many_articles(100_000), "4xx", memory=True),
        Probe("5", "1,000 failed records: the page stays small", many_failures, "4xx", memory=True),
        Probe("5", "four 100,000-line uploads at once, /facets meanwhile", facets_during_uploads, "4xx", memory=True),
    ]
    table += _user_errors()
    table += [
        Probe("6", "/events.csv with an id above 2^63-1: an error, not a cut 200", csv_truncation, "4xx"),
        Probe("7", "CSV cells that start like a formula", csv_formulas, "2xx"),
        Probe("8", ".json upload with url javascript:", upload_url(
            "a.json", json.dumps({"text": ARTICLE, "url": "javascript:alert(1)"}).encode(), 422, 0), "4xx"),
        Probe("8", ".jsonl upload: one javascript: url, one good", upload_url("b.jsonl", (
            json.dumps({"text": ARTICLE + " وقال", "url": "javascript:alert(1)"}) + "\n" +
            json.dumps({"text": ARTICLE + " وأضاف", "url": "https://example.org/a"}) + "\n").encode(), 200, 1), "2xx"),
        Probe("9", "a write while the store is locked: 503 without the path", locked_store, "5xx-expected"),
        Probe("9", "U+202E in a title", bidi_title, "2xx"),
        Probe("9", "token server: a 15 MB form without the token", form_without_token, "4xx", memory=True),
        Probe("9", "token server: a form with the token first", form_with_token_first, "2xx"),
    ]
    table += [Probe("held", f"{method} {route} with {auth or 'no Authorization'}", unauthorised(method, route, auth), "4xx")
              for method, route in WRITES for auth in BAD_AUTH]
    table += [Probe("held", f"SQL in a filter: {path}", sql_injection(path), "2xx") for path in (
        "/api/v1/events?source=x'%20OR%20'1'='1", "/api/v1/articles?source=x'%20OR%201=1--")]
    # a type is one of a closed list: the SQL is refused as an unknown type before any query
    table += [Probe("held", f"SQL in a filter: {path}", sql_injection(path), "4xx") for path in (
        "/api/v1/events?type=x');DROP%20TABLE%20events;--",)]
    table += [Probe("held", "markup in text, title and source is escaped", escaped, "2xx"),
              Probe("held", "CSP, nosniff, frame and referrer headers", csp_headers, "2xx"),
              Probe("held", "4 concurrent writers", concurrent_writers, "2xx"),
              Probe("held", "kill -9 of the server during POSTs", kill_9, "2xx")]
    return table


def _user_errors() -> list[Probe]:
    big = str(SQL_MAX + 1)
    gets = [("/api/v1/articles?limit=abc", 400), ("/api/v1/articles?limit=0", 400), ("/api/v1/articles?limit=-5", 400),
            ("/api/v1/articles?offset=-1", 400), (f"/api/v1/articles?offset={big}", 400),
            (f"/api/v1/events?article={big}", 400), (f"/api/v1/events?offset={2**64}", 400),
            ("/api/v1/events?bbox=1e400,0,1,1", 400), ("/api/v1/events?since=9999-99-99", 400),
            (f"/api/v1/events.csv?offset={big}", 400), (f"/api/v1/articles/{big}", 404),
            (f"/api/v1/events/{'x' * 5000}", 404), (f"/articles/{big}", 404)]
    posts = [("/api/v1/articles", b"[" * 100_000, 400), ("/api/v1/parse", nested(100_000), 400),
             ("/api/v1/articles", b"\xff\xfe{not json", 400), ("/api/v1/articles", {"text": ARTICLE, "published": 10**30}, 400),
             ("/api/v1/articles", {"text": ARTICLE, "published": "99999-01-01"}, 422),
             ("/api/v1/articles", {"text": ARTICLE + "\x00"}, 422),
             ("/api/v1/gazetteer/places", place(country=123), 400), ("/api/v1/gazetteer/places", place(alias_of=["x"]), 400),
             ("/api/v1/gazetteer/places", place(country="SYR"), 422), ("/api/v1/gazetteer/places", place(name="ع" * 300), 422),
             ("/api/v1/gazetteer/places", place(name="12345"), 422),
             ("/api/v1/gazetteer/places", place(country="SY", admin1="99"), 422),
             ("/api/v1/gazetteer/places", place(lat=10**400), 422),
             ("/api/v1/gazetteer/places", b'{"name": "x", "lat": 1e400, "lon": 1}', 422)]
    table = [Probe("6", f"GET {path[:70]}", get_refused(path, status), "4xx") for path, status in gets]
    table += [Probe("6", f"GET {path}", get_ok(path), "2xx") for path in (
        f"/?offset={big}", f"/api/v1/gazetteer/search?q=%D8%AD%D9%84%D8%A8&limit={big}")]
    table += [Probe("6", f"POST {path} {_short(body)}", post_refused(path, body, status), "4xx")
              for path, body, status in posts]
    return table


def _short(body) -> str:
    text = body.decode("latin-1") if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False)
    return text[:50] + ("…" if len(text) > 50 else "")


# -- running them -------------------------------------------------------------------------------

@dataclass
class Result:
    probe: Probe
    outcome: Outcome
    statuses: list[int]


class lab_servers:
    """The two servers in a fresh folder (a gazetteer linked into it, so edits stay there)."""

    def __init__(self, gazetteer: str | os.PathLike | None = None, workdir: str | os.PathLike | None = None):
        self._gazetteer = gazetteer
        self._workdir = workdir
        self._stack = ExitStack()

    def __enter__(self) -> Lab:
        from gazetteer import default_path, open_default

        base = Path(self._gazetteer or default_path())
        open_default(base)                               # built once, before the servers start
        work = Path(self._workdir or self._stack.enter_context(tempfile.TemporaryDirectory(prefix="geomap-probes-")))
        home = work / "gazetteer"
        home.mkdir(parents=True, exist_ok=True)
        linked = home / "geomap.sqlite"
        if not linked.exists():
            try:
                os.link(base, linked)
            except OSError:
                shutil.copyfile(base, linked)
        env = {"GEOMAP_GAZETTEER": str(linked), "GEOMAP_TAGGER": os.environ.get("GEOMAP_TAGGER", "off"),
               "GEOMAP_API_TOKEN": ""}
        servers = [Server(work / name / "events.sqlite", threads=4, env=dict(env, **extra))
                   for name, extra in (("open", {}), ("locked", {"GEOMAP_API_TOKEN": TOKEN}))]
        for server in servers:
            server.db.parent.mkdir(parents=True, exist_ok=True)
            self._stack.enter_context(server)
        return Lab(servers[0], servers[1], work, env)

    def __exit__(self, *exc) -> None:
        self._stack.close()


def run(lab: Lab, probe: Probe) -> Result:
    start = len(lab.statuses)
    try:
        outcome = probe.run(lab)
    except Exception as exc:          # a probe that breaks (a reset connection…) is a failed probe
        outcome = Outcome(False, f"{type(exc).__name__}: {exc}")
    return Result(probe, outcome, lab.statuses[start:])


def memory_watch(lab: Lab, table: list[Probe]) -> dict:
    """The bomb and size probes again, with the open and token servers' peak memory reset after a
    warm-up: how far above the warm level the probes take each."""
    for path in ("/", "/map", "/api/v1/facets", "/api/v1/events?limit=100"):
        call(lab.open.url, "GET", path)
    post_json(lab.open.url, "/api/v1/parse", {"text": ARTICLE})
    servers = {"open": lab.open, "token": lab.locked}
    warm = {}
    for name, server in servers.items():
        if not reset_peak(server.process.pid):
            return {"error": "cannot reset the peak memory count (/proc/PID/clear_refs)"}
        warm[name] = memory_mb(server.process.pid)["rss"]
    results = [run(lab, p) for p in table if p.memory]
    figures = {}
    for name, server in servers.items():
        peak = memory_mb(server.process.pid)["peak"]
        figures[name] = {"warm_mb": round(warm[name], 1), "peak_mb": round(peak, 1),
                         "above_warm_mb": round(peak - warm[name], 1)}
    return {"servers": figures, "probes": len(results), "all_refused": all(r.outcome.ok for r in results),
            "within_limit": all(f["above_warm_mb"] <= MEMORY_LIMIT_MB for f in figures.values())}


def tally(results: list[Result]) -> dict:
    """The counts for the README: probes, requests, 4xx, the expected 2xx, 5xx."""
    requests = [s for r in results for s in r.statuses]
    expected_5xx = [s for r in results if r.probe.expect == "5xx-expected" for s in r.statuses if s >= 500]
    return {"probes": len(results), "passed": sum(r.outcome.ok for r in results),
            "refused_4xx": sum(1 for r in results if r.probe.expect == "4xx" and r.outcome.ok),
            "allowed_2xx": sum(1 for r in results if r.probe.expect == "2xx" and r.outcome.ok),
            "requests": len(requests), "requests_4xx": sum(400 <= s < 500 for s in requests),
            "requests_5xx": sum(s >= 500 for s in requests) - len(expected_5xx),
            "locked_store_503": len(expected_5xx)}


def report(results: list[Result], figures: dict) -> str:
    from .table import table

    rows = [[r.probe.case, r.probe.name[:78], ",".join(sorted({str(s) for s in r.statuses})) or "—",
             "ok" if r.outcome.ok else "FAILED", r.outcome.detail[:70]] for r in results]
    counts, memory = figures["counts"], figures["memory"]
    lines = [table(["case", "probe", "answered", "", "detail"], rows), "",
             f"probes: {counts['probes']} tried, {counts['passed']} as they should "
             f"({counts['refused_4xx']} refused with 4xx, {counts['allowed_2xx']} allowed with the attack "
             f"neutralised or the legitimate use working); requests: {counts['requests']}, "
             f"{counts['requests_4xx']} answered 4xx, {counts['requests_5xx']} answered 5xx "
             f"(and the locked store's expected 503: {counts['locked_store_503']})"]
    for name, m in memory.get("servers", {}).items():
        lines.append(f"memory ({name} server) through the {memory['probes']} bomb and size probes: warm "
                     f"{m['warm_mb']:.0f} MB, peak {m['peak_mb']:.0f} MB, {m['above_warm_mb']:.0f} MB above warm "
                     f"(limit {MEMORY_LIMIT_MB})")
    if "error" in memory:
        lines.append(f"memory: {memory['error']}")
    return "\n".join(lines)
