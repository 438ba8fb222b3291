"""``geomap eval …``: evaluation commands (tables by default, ``--json`` for machines)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .metrics import table


def default_data_dir() -> Path:
    """``../shared`` beside the checkout (the current directory's parent first)."""
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):       # the checkout
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


def _data_option(f):
    return click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=None,
                        help="Folder holding corpora/ (default: ../shared).")(f)


@eval_group.command("recognition")
@click.option("--corpus", required=True, type=click.Choice(["anercorp", "aqmar", "newsfane", "idrisi-r"]))
@click.option("--split", default=None, help="train, dev or test (default: the corpus's evaluation split).")
@_data_option
@click.option("--errors", default=0, show_default=True, help="List this many missed and extra mentions.")
@click.option("--limit", default=None, type=int, help="Only the first N samples (a smoke test).")
@click.option("--model", default="auto", show_default=True,
              help="auto (the trained tagger if any), none (rules only), or a model file.")
@click.option("--json", "as_json", is_flag=True)
def eval_recognition(corpus, split, data, errors, limit, model, as_json):
    """Precision, recall and F1 of location mentions (exact span and overlap)."""
    from gazetteer import open_default

    from .recognition import evaluate

    result = evaluate(corpus, data or default_data_dir(), open_default(), split=split, errors=errors,
                      limit=limit, model=model)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    click.echo(f"{result['corpus']} {result['split']}: {result['samples']} samples, "
               f"{result['gold_mentions']} gold location mentions, {result['seconds']} s; "
               f"model: {result['model']}")
    rows = [dict(match="exact", **result["exact"]), dict(match="overlap", **result["overlap"])]
    click.echo(table(rows, ["match", "tp", "fp", "fn", "precision", "recall", "f1"]))
    if "per_event" in result:
        rows = [dict(event=g, p_exact=v["exact"]["precision"], r_exact=v["exact"]["recall"],
                     f1_exact=v["exact"]["f1"], f1_overlap=v["overlap"]["f1"])
                for g, v in result["per_event"].items()]
        rows.append(dict(event="mean", f1_exact=result["mean_f1_exact"], f1_overlap=result["mean_f1_overlap"]))
        click.echo(table(rows, ["event", "p_exact", "r_exact", "f1_exact", "f1_overlap"]))
    for key in ("missed", "extra"):
        if result.get(key):
            click.echo(f"{key}:")
            for line in result[key]:
                click.echo(f"  {line}")


@eval_group.command("names")
@click.option("--corpus", "corpora", multiple=True, required=True,
              type=click.Choice(["anercorp", "aqmar", "newsfane", "idrisi-r"]))
@click.option("--split", default="train", show_default=True)
@_data_option
@click.option("--min-wrong", default=3, show_default=True, help="Show names wrong at least this often.")
@click.option("--max-precision", default=0.5, show_default=True)
def eval_names(corpora, split, data, min_wrong, max_precision):
    """Names we mark that are seldom locations in the gold: blocklist candidates (train splits)."""
    from gazetteer import open_default

    from .recognition import name_precision

    rows = [r for r in name_precision(list(corpora), data or default_data_dir(), open_default(), split=split)
            if r["not_location"] >= min_wrong and r["precision"] <= max_precision]
    click.echo(table(rows, ["name", "location", "not_location", "precision"]))


@eval_group.command("resolution")
@click.option("--corpus", default="idrisi-d", type=click.Choice(["idrisi-d"]), show_default=True)
@click.option("--split", default="dev", show_default=True, type=click.Choice(["train", "dev"]))
@_data_option
@click.option("--model", default="auto", show_default=True,
              help="auto (the trained tweets tagger if any), none (rules only), or a model file.")
@click.option("--limit", default=None, type=int, help="Only the first N tweets (a smoke test).")
@click.option("--errors", default=0, show_default=True, help="List this many placements over 161 km off.")
@click.option("--json", "as_json", is_flag=True)
def eval_resolution(corpus, split, data, model, limit, errors, as_json):
    """Accuracy@161 km, median and mean error of our places against IDRISI-D's OpenStreetMap places."""
    from gazetteer import open_default

    from .resolution import evaluate

    result = evaluate(data or default_data_dir(), open_default(), split=split, model=model,
                      limit=limit, errors=errors)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    click.echo(f"{result['corpus']} {result['split']}: {result['samples']} tweets, {result['gold_mentions']} "
               f"gold mentions, {result['seconds']} s; model: {result['model']}")
    rows = [dict(type=k, **v) for k, v in result["per_type"].items()]
    click.echo(table(rows, ["type", "gold", "recognised", "resolved", "gazetteer_lacks",
                            "acc@161km", "median_km", "mean_km", "right_country"]))
    big = result["city_or_larger"]
    click.echo(f"city or larger: {big.get('n', 0)} resolved of {big['gold']} gold; "
               f"acc@161km {big.get('acc@161km', 0):.3f}, median {big.get('median_km', '-')} km, "
               f"mean {big.get('mean_km', '-')} km")
    a = result["all_resolved"]
    click.echo(f"all types: {a.get('n', 0)} resolved; acc@161km {a.get('acc@161km', 0):.3f}, "
               f"median {a.get('median_km', '-')} km, mean {a.get('mean_km', '-')} km")
    for line in result.get("far", []):
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


@eval_group.command("incidents")
@click.option("--split", default="dev", show_default=True, type=click.Choice(["dev", "test", "all"]),
              help="dev to tune on; test once, at the end (the pairs' split is fixed by a hash).")
@click.option("--db", "db_path", metavar="PATH|URL", default=None,
              help="A store holding the SaudiNewsNet ingest (default: ingest the corpus into a new "
                   "temporary store first, a few minutes).")
@click.option("--rebuild", is_flag=True, help="Match the store's events again with today's rules first.")
@click.option("--pairs", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="The labelled pairs (default: tests/gold/incident_pairs.tsv).")
@_data_option
@click.option("--errors", is_flag=True, help="List the pairs merged wrongly and those missed.")
@click.option("--json", "as_json", is_flag=True)
def eval_incidents(split, db_path, rebuild, pairs, data, errors, as_json):
    """Merge precision and recall on hand-labelled pairs of SaudiNewsNet events, and events → incidents."""
    from .incidents import corpus_ids_by_url, default_pairs_path, evaluate, load_pairs

    data = data or default_data_dir()
    corpus = data / "corpora" / "saudinewsnet.jsonl.gz"
    if not corpus.is_file():
        raise click.ClickException(f"{corpus} is missing: geomap eval incidents reads SaudiNewsNet from --data")
    with _incident_store(db_path, data) as store:
        if rebuild:
            click.echo("matching every stored event again…", err=True)
            store.rebuild_incidents()
        urls = {v: k for k, v in corpus_ids_by_url(data).items()}
        result = evaluate(store, load_pairs(pairs or default_pairs_path(), split), urls)
        stats = store.stats()
    result["split"] = split
    result["store"] = {"articles": stats["articles"], "events": stats["events"], "incidents": stats["incidents"]}
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    click.echo(f"incident merges, {split} pairs: {result['pairs']} labelled "
               f"({result['missing']} not found in the store)")
    click.echo(table([{k: result[k] for k in ("tp", "fp", "fn", "tn", "precision", "recall")}],
                     ["tp", "fp", "fn", "tn", "precision", "recall"]))
    s = result["store"]
    click.echo(f"whole store: {s['articles']:,} articles, {s['events']:,} events → {s['incidents']:,} incidents "
               f"({s['events'] / max(s['incidents'], 1):.3f} events per incident)")
    if errors:
        for e in result["errors"]:
            click.echo(f"  pair {e['pair']}: {e['outcome']} {e['a']} / {e['b']} incidents {e['incidents']} {e['note']}")


def _incident_store(db_path, data: Path):
    """The store to evaluate: the one given, or the corpus ingested into a new temporary one."""
    import contextlib
    import tempfile

    from ..store import EventStore

    if db_path:
        return EventStore(db_path)

    @contextlib.contextmanager
    def ingested():
        from ..ingest import ingest, read_paths

        with tempfile.TemporaryDirectory(prefix="geomap-eval-incidents-") as tmp:
            store = EventStore(Path(tmp) / "events.sqlite")
            click.echo("ingesting SaudiNewsNet into a temporary store (a few minutes)…", err=True)
            ingest(read_paths([data / "corpora" / "saudinewsnet.jsonl.gz"]), store)
            try:
                yield store
            finally:
                store.close()

    return ingested()
