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


@eval_group.command("events")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False),
              default="tests/gold/events_saudinewsnet.json", show_default=True,
              help="Our gold events for SaudiNewsNet reports (ids and labels only).")
@click.option("--seed-gold", type=click.Path(exists=True, dir_okay=False), default="tests/gold/seed_000.json",
              show_default=True)
@click.option("--article", type=click.Path(exists=True, dir_okay=False),
              default="seeds/000_db730f9dc6351edb.txt", show_default=True)
@click.option("--data", type=click.Path(file_okay=False), default=None,
              help="The shared data folder (default: ../shared beside the checkout).")
@click.option("--json", "as_json", is_flag=True)
def eval_events(gold, seed_gold, article, data, as_json):
    """Events against gold: type accuracy, place within 25 km, date exact, duplicates."""
    from gazetteer import open_default

    from .events import evaluate_events, gold_cases

    corpus = Path(data or default_data_dir()) / "corpora" / "saudinewsnet.jsonl.gz"
    if not corpus.is_file():
        raise click.ClickException(f"SaudiNewsNet is not at {corpus}: pass --data with the shared folder")
    cases = gold_cases(Path(gold), corpus, Path(seed_gold), Path(article))
    result = evaluate_events(cases, open_default())
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    click.echo(table(result["articles"], ["article", "gold", "found", "type_ok", "place_ok", "date_ok",
                                          "duplicates", "conflated", "produced", "unmatched"]))
    s = result["summary"]
    click.echo(f"\n{s['articles']} articles, {s['gold_events']} gold events: found {s['found']} "
               f"(recall {s['recall']:.3f}); of those found: type accuracy {s['type_accuracy']:.3f} "
               f"(sub-event type {s['sub_type_accuracy']:.3f}), place within 25 km {s['place_within_25km']:.3f}, "
               f"date exact {s['date_exact']:.3f}; duplicates {s['duplicates']}, conflated {s['conflated']}; "
               f"{s['produced']} produced, {s['produced_not_in_gold']} not in the gold")
    for line in result["errors"]:
        click.echo(f"  - {line}")
