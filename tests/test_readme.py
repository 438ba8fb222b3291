"""The README and docs/*.md: their Python examples run and say what they print, the README stays
short, and every relative link points at a file (and heading) that exists.

Every ```python block is run statement by statement in a folder holding the seeds (the examples
name ``seeds/…``); a statement whose line ends in a comment starting with a Python literal
(``geocoder.geocode("محافظة حلب").raw["id"]   # 'admin1:SY.09' (point…)``) must give that value.
A block is shown only, not run, when the line before it is ``<!-- shown only: REASON -->``.
"""

import ast
import re
import shutil
import unicodedata

import pytest

from conftest import ROOT

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.M | re.S)
_SHOWN_ONLY = re.compile(r"<!-- shown only: (.+?) -->\n```python\n")
_SAID = re.compile(r"#\s*('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|-?\d+(?:\.\d+)?|True|False|None)")


README_MAX_LINES = 200


def markdown_files() -> list:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def python_blocks() -> list[tuple[str, int, str]]:
    """(file, number of the block in it, code) of every ```python block that is not shown only."""
    found = []
    for path in markdown_files():
        text = path.read_text(encoding="utf-8")
        shown_only = {m.end() for m in _SHOWN_ONLY.finditer(text)}
        for n, block in enumerate(_BLOCK.finditer(text), 1):
            if block.start(1) not in shown_only:
                found.append((path.name, n, block.group(1)))
    return found


def test_the_readme_has_python_examples():
    assert any(name == "README.md" for name, _, _ in python_blocks())


@pytest.mark.parametrize("name, n, code", python_blocks(), ids=lambda v: str(v)[:20])
def test_python_example_runs(name, n, code, gaz, tmp_path, monkeypatch):
    (tmp_path / "seeds").mkdir()
    for seed in (ROOT / "seeds").iterdir():
        shutil.copy(seed, tmp_path / "seeds" / seed.name)
    monkeypatch.chdir(tmp_path)
    lines = code.splitlines()
    namespace: dict = {"__name__": "__readme__"}
    for statement in ast.parse(code).body:
        source = ast.get_source_segment(code, statement)
        said = _SAID.search(lines[statement.end_lineno - 1].split(source.splitlines()[-1], 1)[-1])
        if isinstance(statement, ast.Expr) and said:
            value = eval(compile(ast.Expression(statement.value), name, "eval"), namespace)
            assert value == ast.literal_eval(said.group(1)), f"{name} block {n}: {source}"
        else:
            exec(compile(ast.Module([statement], []), name, "exec"), namespace)


def test_a_shown_only_block_says_why():
    for path in markdown_files():
        text = path.read_text(encoding="utf-8")
        for marker in re.finditer(r"^<!-- shown only:?(.*?)-->", text, re.M):
            assert marker.group(1).strip(), f"{path.name}: a shown-only block without its reason"
            assert _SHOWN_ONLY.match(text, marker.start()), f"{path.name}: a shown-only marker not right before a ```python block"


def test_the_readme_is_short():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= README_MAX_LINES, f"README.md has {len(lines)} lines: move reference to docs/"


# Links: [text](target) and ![alt](target), outside code; a heading's anchor as GitHub makes it.
_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+).+?\1", re.S)
_LINK = re.compile(r"!?\[(?:[^\]\[]|\[[^\]]*\])*\]\(([^()\s]+)(?:\s+\"[^\"]*\")?\)")
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)


def _prose(text: str) -> str:
    return _CODE_SPAN.sub(" ", _FENCE.sub("", text))


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: its text, lower case, punctuation dropped, spaces as '-'."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).replace("`", "").lower()
    kept = "".join(c for c in text if c in " -_" or unicodedata.category(c)[0] in "LMN")
    return kept.replace(" ", "-")


def anchors(path) -> set[str]:
    found: set[str] = set()
    for heading in _HEADING.findall(_FENCE.sub("", path.read_text(encoding="utf-8"))):
        base, n = slug(heading), 0
        while (candidate := base if n == 0 else f"{base}-{n}") in found:
            n += 1
        found.add(candidate)
    return found


def test_slugs_are_githubs():
    assert slug("News and background (`report`)") == "news-and-background-report"
    assert slug("Events against the issue-11 gold") == "events-against-the-issue-11-gold"
    assert slug("Ingest: in-process vs Dask (`geomap bench dask-ingest --articles 3000`)") == \
        "ingest-in-process-vs-dask-geomap-bench-dask-ingest---articles-3000"


def relative_links() -> list[tuple[str, str]]:
    return [(path.relative_to(ROOT).as_posix(), target) for path in markdown_files()
            for target in _LINK.findall(_prose(path.read_text(encoding="utf-8")))
            if not re.match(r"[a-z][a-z0-9+.-]*:", target)]


def test_the_docs_link_each_other():
    targets = {target for _, target in relative_links()}
    assert "docs/map.png" in targets and any(t.startswith("docs/") and "#" in t for t in targets)


@pytest.mark.parametrize("source, target", relative_links(), ids=lambda v: str(v)[:40])
def test_relative_link_points_at_something(source, target):
    here = (ROOT / source).parent
    file_part, _, anchor = target.partition("#")
    path = (here / file_part).resolve() if file_part else ROOT / source
    assert path.exists(), f"{source}: {target} — no such file"
    assert path.is_relative_to(ROOT), f"{source}: {target} leaves the repository"
    if anchor:
        assert path.suffix == ".md", f"{source}: {target} — an anchor into a file that is not Markdown"
        assert anchor in anchors(path), f"{source}: {target} — no such heading in {path.name}"
