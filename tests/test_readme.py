"""The Python examples of the README (and of docs/*.md) run, and say what they print.

Every ```python block is run statement by statement in a folder holding the seeds (the examples
name ``seeds/…``); a statement whose line ends in a comment starting with a Python literal
(``geocoder.geocode("محافظة حلب").raw["id"]   # 'admin1:SY.09' (point…)``) must give that value.
"""

import ast
import re
import shutil

import pytest

from conftest import ROOT

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.M | re.S)
_SAID = re.compile(r"#\s*('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|-?\d+(?:\.\d+)?|True|False|None)")


def python_blocks() -> list[tuple[str, int, str]]:
    """(file, number of the block in it, code) of every ```python block."""
    found = []
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for n, code in enumerate(_BLOCK.findall(path.read_text(encoding="utf-8")), 1):
            found.append((path.name, n, code))
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
