"""``geomap model train``: build the optional statistical tagger from the public corpora."""

from __future__ import annotations

import os
import time
from pathlib import Path

import click

TRAINING = {
    "news": [("anercorp", "train"), ("aqmar", "train"), ("newsfane", "train")],
    "tweets": [("idrisi-r", "train")],
}


@click.group("model")
def model_group():
    """The optional statistical tagger (a CRF trained on the corpora's train splits)."""


@model_group.command("train")
@click.option("--domain", type=click.Choice(sorted(TRAINING)), default="news", show_default=True,
              help="news: ANERcorp, AQMAR and NewsFANE train splits; tweets: IDRISI-R train.")
@click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder holding corpora/ (default: ../shared).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Model file (default: the data directory, where geomap looks for it).")
@click.option("--iterations", default=150, show_default=True)
def train_command(domain, data, out, iterations):
    """Train the tagger for DOMAIN from the train splits only (dev and test stay unseen)."""
    from gazetteer import open_default
    from tqdm import tqdm

    from .evaluation.cli import default_data_dir
    from .evaluation.corpora import READERS
    from .tagger import model_path, train

    data = data or default_data_dir()
    out = out or model_path(domain, os.environ)
    gaz = open_default()
    t0 = time.perf_counter()

    def samples():
        for corpus, split in TRAINING[domain]:
            yield from READERS[corpus](data, split)

    with tqdm(desc=f"features ({domain})", unit=" samples") as bar:
        result = train(samples(), gaz, out, iterations=iterations, progress=bar.update)
    click.echo(f"trained on {result['samples']} samples from "
               f"{', '.join(f'{c} {s}' for c, s in TRAINING[domain])} in {time.perf_counter() - t0:.0f} s: "
               f"{result['path']} ({result['bytes'] / 1e6:.1f} MB)")
