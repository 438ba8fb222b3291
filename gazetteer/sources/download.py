"""Download the official GeoNames files, resumably, and import them as layers.

Files are kept in ``<stem>.downloads/`` beside the gazetteer. An interrupted
download leaves ``FILE.part`` and the next run asks the server for the rest
(HTTP Range); a finished file is re-fetched only when the server has a newer one
(If-Modified-Since). The base URL is configurable (``--base-url`` or
``$GEOMAP_GEONAMES_URL``) for mirrors and for tests on 127.0.0.1.
"""

from __future__ import annotations

import email.utils
import http.client
import os
import re
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlparse

from ..errors import GazetteerDownloadError
from ..paths import downloads_dir

DEFAULT_BASE_URL = "https://download.geonames.org/export/dump/"
CHUNK = 1 << 16
USER_AGENT = "geomap-gazetteer (+https://www.geonames.org/ data, CC BY 4.0)"
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def base_url(given: str | None = None) -> str:
    url = given or os.environ.get("GEOMAP_GEONAMES_URL") or DEFAULT_BASE_URL
    if urlparse(url).scheme not in ("http", "https", "file"):
        raise GazetteerDownloadError(f"{url!r} is not an http(s) URL")
    return url if url.endswith("/") else url + "/"


def country_files(code: str) -> list[str]:
    """The files one country (or ``allCountries``) needs, relative to the base URL.

    >>> country_files("SY")
    ['SY.zip', 'alternatenames/SY.zip']
    """
    if code.lower() in ("all", "allcountries"):
        return ["allCountries.zip", "alternateNamesV2.zip"]
    code = code.upper()
    if not _COUNTRY.match(code):
        raise GazetteerDownloadError(f"{code!r} is not a two-letter country code (SY, IQ, LB…) "
                                     "or 'allCountries'")
    return [f"{code}.zip", f"alternatenames/{code}.zip"]


ADMIN_FILES = ["admin1CodesASCII.txt", "admin2Codes.txt"]


@dataclass
class Fetched:
    path: Path
    bytes: int = 0            # transferred this run
    resumed_from: int = 0
    fresh: bool = True        # False when the kept copy was still current (or offline)
    notes: list[str] = field(default_factory=list)


def _offline_error(url: str, exc: BaseException, folder: Path) -> GazetteerDownloadError:
    host = urlparse(url).netloc or url
    return GazetteerDownloadError(
        f"cannot reach {host} ({getattr(exc, 'reason', exc)}): are you offline? Files downloaded so far "
        f"are kept in {folder}; run the same command again to resume, or pass --base-url "
        "(or set GEOMAP_GEONAMES_URL) to use a mirror.")


def fetch(url: str, dest: Path, *, progress: bool = False, timeout: float = 30.0) -> Fetched:
    """Download *url* to *dest*, resuming a ``.part`` left by an interrupted run."""
    from tqdm import tqdm

    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    result = Fetched(dest)
    headers = {"User-Agent": USER_AGENT}
    offset = part.stat().st_size if part.exists() else 0
    if offset:
        headers["Range"] = f"bytes={offset}-"
        result.resumed_from = offset
    elif dest.exists():
        headers["If-Modified-Since"] = email.utils.formatdate(dest.stat().st_mtime, usegmt=True)
    request = urllib.request.Request(url, headers=headers)
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            result.fresh = False
            return result
        if exc.code == 416 and offset:
            # the part is already whole (the run died between the last byte and the rename)
            os.replace(part, dest)
            return result
        if exc.code == 404:
            raise GazetteerDownloadError(f"{url}: not on the server (404). Is the country code right? "
                                         "GeoNames names files by ISO 3166 code: SY.zip, IQ.zip…") from None
        raise GazetteerDownloadError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except (OSError, http.client.HTTPException) as exc:
        if dest.exists() and not offset:
            result.fresh = False
            result.notes.append(f"offline ({getattr(exc, 'reason', exc)}): using the copy of "
                                f"{time.strftime('%Y-%m-%d', time.localtime(dest.stat().st_mtime))}")
            return result
        raise _offline_error(url, exc, dest.parent) from None
    with response:
        status = response.status
        length = response.headers.get("Content-Length")
        if offset and status != 206:
            offset = 0                                   # the server ignored Range: start again
            result.resumed_from = 0
        total = (int(length) + offset) if length and length.isdigit() else None
        mode = "ab" if offset else "wb"
        bar = tqdm(total=total, initial=offset, unit="B", unit_scale=True, unit_divisor=1024,
                   desc=dest.name, disable=not progress, leave=False)
        try:
            with open(part, mode) as out:
                while True:
                    try:
                        chunk = response.read(CHUNK)
                    except (OSError, http.client.HTTPException) as exc:
                        raise GazetteerDownloadError(
                            f"{url}: the connection broke after {offset + result.bytes:,} bytes ({exc}). "
                            "Run the same command again to resume.") from None
                    if not chunk:
                        break
                    out.write(chunk)
                    result.bytes += len(chunk)
                    bar.update(len(chunk))
        finally:
            bar.close()
        got = offset + result.bytes
        if total is not None and got < total:
            raise GazetteerDownloadError(
                f"{url}: the connection closed after {got:,} of {total:,} bytes. "
                "Run the same command again to resume.")
        modified = response.headers.get("Last-Modified")
    os.replace(part, dest)
    if modified:
        stamp = email.utils.parsedate_to_datetime(modified).timestamp()
        os.utime(dest, (stamp, stamp))
    if dest.suffix == ".zip" and not zipfile.is_zipfile(dest):
        dest.unlink()
        raise GazetteerDownloadError(f"{url}: the download is not a zip file (damaged, or an error "
                                     "page); it was deleted, run the command again")
    return result


def download_geonames(countries: list[str], *, base: str | Path | None = None,
                      url: str | None = None, progress: bool = False,
                      echo=lambda message: None) -> list:
    """Fetch and import the GeoNames files of *countries*; returns the import reports."""
    from .geonames import import_dump

    root = base_url(url)
    folder = downloads_dir(base)
    wanted = [(c, country_files(c)) for c in countries]
    admin = {}
    for name in ADMIN_FILES:
        admin[name] = _get(root, name, folder, progress, echo).path
    reports = []
    for code, files in wanted:
        dump, alternates = (_get(root, f, folder, progress, echo).path for f in files)
        echo(f"importing {dump.name} …")
        reports.append(import_dump(dump, alternate_names=alternates,
                                   admin1_codes=admin["admin1CodesASCII.txt"],
                                   admin2_codes=admin["admin2Codes.txt"], base=base,
                                   name="allCountries" if dump.stem == "allCountries" else code.upper(),
                                   progress=progress))
    return reports


def _get(root: str, name: str, folder: Path, progress: bool, echo) -> Fetched:
    url = urljoin(root, name)
    result = fetch(url, folder / name, progress=progress)
    for note in result.notes:
        echo(f"{name}: {note}")
    if result.resumed_from:
        echo(f"{name}: resumed at {result.resumed_from:,} bytes")
    elif not result.fresh:
        echo(f"{name}: up to date")
    return result
