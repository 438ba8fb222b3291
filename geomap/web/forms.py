"""A form's field read from the start of the body, without reading the whole form: the write
token, which the HTML forms send first (:func:`geomap.web.auth.check_write`)."""

from __future__ import annotations

import io
from urllib.parse import parse_qsl

from flask import request
from werkzeug.http import parse_options_header
from werkzeug.sansio.multipart import Data, Epilogue, Field, MultipartDecoder, NeedData

FORM_TOKEN_WINDOW = 64 * 1024              # how much of a form is read to find its token


class _Prefixed(io.RawIOBase):
    """The bytes already read, then the rest of the stream: the body as it was sent."""

    def __init__(self, head: bytes, rest):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def peek_form_field(name: str, window: int = FORM_TOKEN_WINDOW) -> str | None:
    """The value of form field *name* if it is complete within the first *window* bytes of the
    body; the body is put back, so the view reads the form as usual."""
    environ = request.environ
    length = request.content_length
    size = window if length is None else min(window, length)
    head = environ["wsgi.input"].read(size) if size > 0 else b""
    environ["wsgi.input"] = io.BufferedReader(_Prefixed(head, environ["wsgi.input"]))
    whole = length is not None and len(head) >= length
    mimetype, options = parse_options_header(request.headers.get("Content-Type", ""))
    if mimetype == "multipart/form-data" and options.get("boundary"):
        return _multipart_field(head, options["boundary"].encode("latin-1"), name)
    if mimetype == "application/x-www-form-urlencoded":
        pieces = head.split(b"&") if whole else head.split(b"&")[:-1]
        for key, value in parse_qsl(b"&".join(pieces).decode("latin-1")):
            if key == name:
                return value.encode("latin-1").decode("utf-8", "replace")
    return None


def _multipart_field(head: bytes, boundary: bytes, name: str) -> str | None:
    decoder = MultipartDecoder(boundary, max_form_memory_size=len(head) + 1)
    decoder.receive_data(head)
    current, value = None, bytearray()
    while True:
        try:
            event = decoder.next_event()
        except ValueError:                       # a malformed part: no token in it
            return None
        if isinstance(event, (NeedData, Epilogue)):
            return None
        if isinstance(event, Field):
            current, value = event.name, bytearray()
        elif isinstance(event, Data) and current == name:
            value += event.data
            if not event.more_data:
                return value.decode("utf-8", "replace")
