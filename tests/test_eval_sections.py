"""``geomap eval sections``: violent events drawn on articles the outlets filed outside conflict."""

from __future__ import annotations

import gzip
import json

from click.testing import CliRunner

from geomap.cli import main
from geomap.evaluation.sections import evaluate, outlet_sections, section_of

ARTICLES = [
    # dev (even): a sports page on a match, a sports page that (wrongly or not) reports a blast,
    # a politics page (not counted), a gold article (left out)
    {"id": "2015-07-21#2", "source": "alwatan", "url": "http://alwatan.com.sa/Sports/News_Detail.aspx?Id=1",
     "date_extracted": "2015-07-21 02:00:00", "title": "الهلال يفوز",
     "content": "فاز الهلال على النصر في مواجهة قوية في مدينة الرياض مساء أمس بهدفين دون مقابل."},
    {"id": "2015-07-21#4", "source": "arreyadi", "url": "http://www.arreyadi.com.sa/Home/Details/1",
     "date_extracted": "2015-07-21 02:00:00", "title": "انفجار قرب ملعب",
     "content": "قتل ثلاثة أشخاص أمس في انفجار سيارة مفخخة قرب ملعب في مدينة بغداد."},
    {"id": "2015-07-21#6", "source": "alwatan", "url": "http://alwatan.com.sa/Politics/News_Detail.aspx?Id=2",
     "date_extracted": "2015-07-21 02:00:00", "title": "غارات",
     "content": "شن طيران التحالف غارات على مدينة صعدة أمس."},
    {"id": "2015-07-21#8", "source": "alwatan", "url": "http://alwatan.com.sa/Culture/News_Detail.aspx?Id=3",
     "date_extracted": "2015-07-21 02:00:00", "title": "غارات", "content": "شن طيران التحالف غارات على مدينة صعدة أمس."},
    # test (odd)
    {"id": "2015-07-21#3", "source": "3alyoum", "url": "http://www.3alyoum.com/culture/1",
     "date_extracted": "2015-07-21 02:00:00", "title": "معرض", "content": "افتتح معرض الكتاب في مدينة جدة أمس."},
]


def corpus(tmp_path):
    path = tmp_path / "saudinewsnet.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for a in ARTICLES:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    return path


def test_the_section_is_the_outlets():
    sections = outlet_sections()
    assert section_of(ARTICLES[0], sections) == "sport"
    assert section_of(ARTICLES[1], sections) == "sport"          # a sports daily: every article
    assert section_of(ARTICLES[2], sections) is None             # politics is not counted
    assert section_of(ARTICLES[4], sections) == "culture"


def test_violent_events_on_section_articles_are_counted_per_half(gaz, tmp_path):
    result = evaluate(corpus(tmp_path), gaz, "dev", skip={"2015-07-21#8"}, errors=True)
    assert result["articles"] == 2 and result["violent_drawn"] == 1 and result["per_100"] == 50.0
    assert [r["section"] for r in result["sections"]] == ["sport"]
    assert result["events"][0].startswith("2015-07-21#4 (sport) explosion")
    test = evaluate(corpus(tmp_path), gaz, "test", skip=set())
    assert test["articles"] == 1 and test["violent_drawn"] == 0 and test["events"] == []


def test_the_command_prints_the_figures(tmp_path, monkeypatch):
    data = tmp_path / "shared"
    (data / "corpora").mkdir(parents=True)
    corpus(tmp_path).rename(data / "corpora" / "saudinewsnet.jsonl.gz")
    out = CliRunner().invoke(main, ["eval", "sections", "--split", "dev", "--data", str(data), "--json"])
    assert out.exit_code == 0, out.output
    result = json.loads(out.output)
    assert result["violent_drawn"] == 2 and result["articles"] == 3     # the culture page reports strikes
    assert len(result["events"]) == 0                                  # listed only with --errors
