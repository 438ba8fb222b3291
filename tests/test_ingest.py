"""Ingest: articles from .txt, .html, .json, .jsonl(.gz) files and folders, into the store."""

import gzip
import json

import pytest

from conftest import SEED, SHARED
from geomap.ingest import ArticleInput, Failure, read_bytes, read_paths

SEED_TEXT = SEED.read_text(encoding="utf-8")
SHORT = "قتل خمسة في غارة جوية على مدينة حلب اليوم الجمعة"

PAGE = """<!doctype html><html><head><title>كيري في جنيف - بي بي سي</title>
<meta property="og:title" content="كيري ولافروف في جنيف">
<meta property="article:published_time" content="2016-09-09T10:00:00Z">
<meta property="og:site_name" content="BBC News عربي">
<link rel="canonical" href="https://www.bbc.com/arabic/middleeast-37319211"></head>
<body><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/x">اقتصاد</a></li><li><a href="/y">رياضة</a></li></ul></nav>
<article><h1>كيري ولافروف في جنيف</h1>{paragraphs}</article>
<aside><h3>الأكثر قراءة</h3><ul><li><a href="/z">مباراة كرة القدم في الدوري الإنجليزي</a></li></ul></aside>
<footer>حقوق النشر محفوظة لبي بي سي 2016. سياسة الخصوصية</footer></body></html>"""


def html_page() -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in SEED_TEXT.split("\n") if p.strip())
    return PAGE.format(paragraphs=paragraphs).encode("utf-8")


def test_html_gives_the_article_not_the_page_chrome():
    [item] = read_bytes("page.html", html_page())
    assert isinstance(item, ArticleInput)
    assert "جون كيري" in item.text and "كفر ناها" in item.text
    for chrome in ("الرئيسية", "الأكثر قراءة", "كرة القدم", "حقوق النشر"):
        assert chrome not in item.text
    assert item.meta == {"title": "كيري ولافروف في جنيف", "url": "https://www.bbc.com/arabic/middleeast-37319211",
                         "source": "BBC News عربي", "published": "2016-09-09"}


@pytest.mark.parametrize("name, data, expected", [
    ("a.txt", SHORT.encode(), [("a.txt", {})]),
    ("a.json", json.dumps({"text": SHORT, "title": "عنوان", "published": "2016-09-09"}).encode(),
     [("a.json", {"title": "عنوان", "published": "2016-09-09"})]),
    ("a.json", json.dumps([{"content": SHORT, "source": "aawsat"}, {"body": SHORT + " أمس"}]).encode(),
     [("a.json[1]", {"source": "aawsat"}), ("a.json[2]", {})]),
    ("a.json", json.dumps({"articles": [{"text": SHORT, "url": "https://x.org/1"}]}).encode(),
     [("a.json[1]", {"url": "https://x.org/1"})]),
    ("a.jsonl", (json.dumps({"content": SHORT, "date_extracted": "2015-07-21 02:51:32"}) + "\n\n"
                 + json.dumps({"text": SHORT + " غدا"}) + "\n").encode(),
     [("a.jsonl:1", {"published": "2015-07-21"}), ("a.jsonl:3", {})]),
    ("a.jsonl.gz", gzip.compress((json.dumps({"text": SHORT}) + "\n").encode()), [("a.jsonl.gz:1", {})]),
])
def test_formats(name, data, expected):
    items = list(read_bytes(name, data))
    assert all(isinstance(i, ArticleInput) for i in items), items
    assert [(i.origin, i.meta) for i in items] == expected


@pytest.mark.parametrize("name, data, message", [
    ("a.txt", b"\x00\x01\x02" * 50, "binary"),
    ("a.txt", "ليس نصاً".encode("cp1256"), "not UTF-8"),
    ("a.txt", b"   ", "empty"),
    ("a.txt", b"This article is in English.", "not Arabic"),
    ("a.json", b"{not json", "not valid JSON"),
    ("a.json", b"[1, 2]", "expected a JSON object"),
    ("a.json", json.dumps({"title": "no text"}).encode(), "no article text"),
    ("a.json", json.dumps({"text": SHORT, "published": "tomorrow"}).encode(), "YYYY-MM-DD"),
    ("a.jsonl.gz", b"not gzip", "not a valid .gz"),
    ("a.html", b"<html><head><title>t</title></head><body></body></html>", "no article text"),
    ("a.pdf", b"%PDF-1.4", "unsupported file type"),
])
def test_bad_files_are_failures_with_a_reason(gaz, name, data, message):
    from geomap.ingest import parse_input

    outcomes = [parse_input(i, gaz) for i in read_bytes(name, data)]      # read, then parse
    assert outcomes and all(isinstance(o, Failure) for o in outcomes)
    assert message in outcomes[0].message


def test_one_bad_line_does_not_stop_the_file():
    data = "\n".join([json.dumps({"text": SHORT}), "{broken", json.dumps({"text": SHORT + " أمس"})]).encode()
    items = list(read_bytes("a.jsonl", data))
    assert [type(i).__name__ for i in items] == ["ArticleInput", "Failure", "ArticleInput"]
    assert items[1].origin == "a.jsonl:2"


def test_folders_are_read_with_sidecars(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "one.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "one.meta.json").write_text(json.dumps({"published": "2016-09-09", "title": "ت"}), encoding="utf-8")
    (tmp_path / "sub" / "two.html").write_bytes(html_page())
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = list(read_paths([tmp_path]))
    assert [type(i).__name__ for i in items] == ["ArticleInput", "ArticleInput"]
    assert items[0].meta == {"published": "2016-09-09", "title": "ت"}


def test_cli_ingest_summary_and_failures(runner, tmp_path):
    from geomap.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_text(SEED_TEXT, encoding="utf-8")
    (folder / "seed.meta.json").write_text(json.dumps({"published": "2016-09-09"}), encoding="utf-8")
    (folder / "page.html").write_bytes(html_page())
    (folder / "broken.json").write_text("{", encoding="utf-8")
    (folder / "english.txt").write_text("Nothing Arabic here at all.", encoding="utf-8")
    db = tmp_path / "events.sqlite"
    result = runner.invoke(main, ["ingest", str(folder), "--db", str(db), "--no-progress"])
    assert result.exit_code == 1, result.output                      # something failed: status 1
    out = result.output
    assert f"failed: {folder / 'broken.json'}: not valid JSON" in out
    assert f"failed: {folder / 'english.txt'}: the text is not Arabic" in out
    assert "articles: 2 stored (2 new, 0 updated), 2 failed" in out   # the page adds its headline to the text
    assert "unresolved names: 1 distinct" in out                     # كفر ناها
    assert "places:" in out and "events:" in out
    again = runner.invoke(main, ["ingest", str(folder / "seed.txt"), "--db", str(db), "--no-progress"])
    assert again.exit_code == 0 and "(0 new, 1 updated)" in again.output


def test_cli_ingest_with_published_override(runner, tmp_path):
    from geomap.cli import main
    from geomap.store import EventStore

    path = tmp_path / "a.txt"
    path.write_text(SHORT, encoding="utf-8")
    db = tmp_path / "e.sqlite"
    result = runner.invoke(main, ["ingest", str(path), "--db", str(db), "--published", "2015-08-01"])
    assert result.exit_code == 0, result.output
    with EventStore(db) as s:
        assert {f["properties"]["date"] for f in s.events()} == {"2015-07-31"}   # الجمعة before 1 Aug 2015


def test_cli_ingest_nothing_to_read(runner, tmp_path):
    from geomap.cli import main

    result = runner.invoke(main, ["ingest", str(tmp_path), "--db", str(tmp_path / "e.sqlite")])
    assert result.exit_code == 1 and "no article files found" in result.output


CORPUS = SHARED / "corpora" / "saudinewsnet.jsonl.gz"


@pytest.mark.skipif(not CORPUS.is_file(), reason="needs ../shared/corpora/saudinewsnet.jsonl.gz")
def test_parallel_ingest_matches_serial(tmp_path, gaz):
    """Worker processes store exactly what one process stores."""
    import itertools

    from geomap.ingest import ingest
    from geomap.store import EventStore

    items = list(itertools.islice(read_paths([CORPUS]), 40))
    results = []
    for jobs in (1, 2):
        with EventStore(tmp_path / f"j{jobs}.sqlite") as s:
            summary = ingest(items, s, gazetteer=gaz, gazetteer_path=gaz.path, jobs=jobs)
            results.append((summary.stored, summary.events, len(summary.failures),
                            sorted(f["id"] for f in s.events())))
    assert results[0] == results[1] and results[0][0] >= 30


@pytest.mark.skipif(not CORPUS.is_file(), reason="needs ../shared/corpora/saudinewsnet.jsonl.gz")
def test_the_summary_counts_the_places_the_store_counts(tmp_path, gaz):
    """The ingest's "places: N distinct" is the store's count: a name the gazetteer lacks, placed
    from its context (ولاية الخرطوم in SaudiNewsNet's 77th article), names no place of its own
    (the summary said 557 places where the store said 555)."""
    import itertools

    from geomap.ingest import ingest
    from geomap.store import EventStore

    items = list(itertools.islice(read_paths([CORPUS]), 80))
    with EventStore(tmp_path / "e.sqlite") as s:
        summary = ingest(items, s, gazetteer=gaz)
        assert summary.stored >= 70
        assert len(summary.places) == s.stats()["places"]


def test_a_parser_process_that_cannot_start_fails_its_articles(tmp_path, monkeypatch):
    """A worker whose gazetteer will not open reports each article instead of dying (which
    would make the pool start workers forever)."""
    from geomap.ingest import runner

    monkeypatch.setattr(runner, "_worker_gazetteer", None)
    monkeypatch.setattr(runner, "_worker_error", None)
    runner._init_worker(str(tmp_path / "no-gazetteer.sqlite"))
    origin, outcome = runner._parse_in_worker((ArticleInput("a.txt", SHORT, {}), None))
    assert origin == "a.txt" and isinstance(outcome, Failure)
    assert "could not open the gazetteer" in outcome.message


def test_serve_takes_host_port_and_db(runner):
    from geomap.cli import main

    result = runner.invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--host" in result.output and "--port" in result.output and "--db" in result.output
