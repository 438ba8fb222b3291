"""HTTP plumbing for the attack probes of ``geomap bench security``: raw requests (any Host,
any header, any body), multipart bodies, gzip bombs, and the server's memory from /proc."""

from __future__ import annotations

import gzip
import http.client
import io
import json
import time
import uuid
import zlib
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass
class Answer:
    """One response: status, headers (lower-case names), body, and how long it took."""

    status: int
    headers: dict
    body: bytes
    seconds: float

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.body)

    @property
    def is_json(self) -> bool:
        return self.headers.get("content-type", "").startswith("application/json")


def call(base: str, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
         *, host: str | None = None, timeout: float = 180) -> Answer:
    """Send one request as written (the Host header too) and read the whole answer."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    start = time.perf_counter()
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for name, value in {"Host": host or parts.netloc, **(headers or {})}.items():
            conn.putheader(name, value)
        if body is not None:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders()
        if body:
            try:
                conn.send(body)
            except (BrokenPipeError, ConnectionResetError):
                pass                                 # refused before it was all sent: read the answer
        response = conn.getresponse()
        data = response.read()
        return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, data,
                      time.perf_counter() - start)
    finally:
        conn.close()


def post_json(base: str, path: str, value, headers: dict | None = None, **kw) -> Answer:
    body = value if isinstance(value, bytes) else json.dumps(value, ensure_ascii=False).encode("utf-8")
    return call(base, "POST", path, body, {"Content-Type": "application/json", **(headers or {})}, **kw)


def multipart(fields: list[tuple[str, object]]) -> tuple[str, bytes]:
    """A multipart/form-data body: (name, text) for a field, (name, (filename, bytes)) for a file."""
    boundary = uuid.uuid4().hex
    out = io.BytesIO()
    for name, value in fields:
        out.write(f"--{boundary}\r\n".encode())
        if isinstance(value, tuple):
            filename, data = value
            out.write(f'Content-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                      "Content-Type: application/octet-stream\r\n\r\n".encode())
            out.write(data)
        else:
            out.write(f'Content-Disposition: form-data; name="{name}"\r\n\r\n'.encode())
            out.write(str(value).encode("utf-8"))
        out.write(b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return f"multipart/form-data; boundary={boundary}", out.getvalue()


def post_form(base: str, path: str, fields: list[tuple[str, object]], headers: dict | None = None,
              **kw) -> Answer:
    content_type, body = multipart(fields)
    return call(base, "POST", path, body, {"Content-Type": content_type, **(headers or {})}, **kw)


def gzip_bomb(expanded_mb: int, byte: bytes = b" ", members: int = 1) -> bytes:
    """*members* gzip members, each *expanded_mb* MB of *byte* once decompressed (about 1,000:1)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = byte * (1024 * 1024)
    member = b"".join(compressor.compress(block) for _ in range(expanded_mb)) + compressor.flush()
    return member * members


def gunzip_size(data: bytes) -> int:
    """How large *data* is once decompressed (counted a chunk at a time)."""
    total = 0
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
        while chunk := stream.read(1024 * 1024):
            total += len(chunk)
    return total


def memory_mb(pid: int) -> dict[str, float]:
    """The process's resident memory now (VmRSS) and at its peak (VmHWM), in MB."""
    out = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line[:5]] = int(line.split()[1]) / 1024
    return {"rss": out["VmRSS"], "peak": out["VmHWM"]}


def reset_peak(pid: int) -> bool:
    """Start the process's peak-memory count afresh (Linux: ``clear_refs`` 5); False if not allowed."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
        return True
    except OSError:
        return False
