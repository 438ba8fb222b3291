"""``geomap eval …``: evaluation commands (tables by default, ``--json`` for machines)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .metrics import table


def default_data_dir() -> Path:
    """``../shared`` beside the checkout (the current directory's parent first)."""
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        candidate = base.parent / "shared"
        if candidate.is_dir():
            return candidate
    return Path.cwd().parent / "shared"


@click.group("eval")
def eval_group():
    """Measure recognition, resolution and events against gold data."""


@eval_group.command("seed")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False), default="tests/gold/seed_000.json",
              show_default=True, help="Our gold for the reference article.")
@click.option("--article", type=click.Path(exists=True, dir_okay=False),
              default="seeds/000_db730f9dc6351edb.txt", show_default=True)
@click.option("--json", "as_json", is_flag=True)
def eval_seed(gold, article, as_json):
    """Places, dates and events of the reference article against our gold."""
    from gazetteer import open_default

    from .seed import evaluate_seed

    result = evaluate_seed(Path(gold), Path(article), open_default())
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    rows = [dict(stage="places: recognition", **result["places"]["recognition"]),
            dict(stage="places: resolution", **result["places"]["resolution"])]
    click.echo(table(rows, ["stage", "tp", "fp", "fn", "precision", "recall", "f1"]))
    click.echo(f"not-places wrongly found: {result['places']['not_places_found']}")
    d, e = result["dates"], result["events"]
    click.echo(f"dates: {d['correct']}/{d['gold']} correct")
    click.echo(f"events: {e['found']}/{e['gold']} gold events found; {e['produced']} produced, "
               f"{e['located']} located, {e['in_wrong_place']} in a wrong place")
    for line in result["errors"]:
        click.echo(f"  - {line}")
