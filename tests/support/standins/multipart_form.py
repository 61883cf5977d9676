"""Reading a ``multipart/form-data`` body the way a web framework does, without holding it in memory.

The stand-in server spools request bodies to disk (``standin_server.Request.body``); this parser
walks that spool block by block and writes each file part to its own file, hashing it on the way.
A malformed body (no boundary, missing closing delimiter, part without ``Content-Disposition``)
raises :class:`MultipartError`, which the stand-ins turn into the 400 their real server answers.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass, field
from typing import Optional

BLOCK = 64 * 1024
MAX_FIELD = 64 * 1024  # a text field larger than this is refused (werkzeug has similar limits)


class MultipartError(ValueError):
    pass


@dataclass
class Part:
    name: str
    filename: Optional[str]
    content_type: str
    value: str = ""  # text fields
    path: str = ""  # file parts: where the content was written
    size: int = 0
    sha1: str = ""
    sha256: str = ""
    headers: dict = field(default_factory=dict)


def boundary_of(content_type_header: str) -> str:
    if not (content_type_header or "").lower().startswith("multipart/form-data"):
        raise MultipartError("not a multipart/form-data body")
    match = re.search(r'boundary="?([^";]+)"?', content_type_header)
    if not match:
        raise MultipartError("multipart body without boundary")
    return match.group(1)


def parse(body, content_type_header: str, directory: str) -> dict:
    """Parts of ``body`` (a binary file object at its start) by field name; files land in ``directory``."""
    boundary = boundary_of(content_type_header).encode("latin-1")
    first = b"--" + boundary
    delimiter = b"\r\n--" + boundary
    parts = {}
    buffer = b""
    eof = False

    def fill() -> bool:
        nonlocal buffer, eof
        if eof:
            return False
        block = body.read(BLOCK)
        if not block:
            eof = True
            return False
        buffer += block
        return True

    # Preamble, then the first delimiter.
    while first not in buffer:
        if not fill():
            raise MultipartError("no multipart delimiter in body")
        if len(buffer) > 2 * BLOCK:
            buffer = buffer[-len(first):]
    buffer = buffer[buffer.index(first) + len(first):]
    while True:
        while len(buffer) < 2 and fill():
            pass
        if buffer.startswith(b"--"):
            return parts  # closing delimiter
        if not buffer.startswith(b"\r\n"):
            raise MultipartError("malformed multipart delimiter")
        buffer = buffer[2:]
        while b"\r\n\r\n" not in buffer:
            if not fill() or len(buffer) > 16 * 1024:
                raise MultipartError("multipart part headers never end")
        raw_headers, buffer = buffer.split(b"\r\n\r\n", 1)
        headers = {}
        for line in raw_headers.decode("utf-8", "replace").split("\r\n"):
            if ":" in line:
                key, value = line.split(":", 1)
                headers[key.strip().lower()] = value.strip()
        disposition = headers.get("content-disposition", "")
        name = re.search(r'(?:^|;)\s*name="([^"]*)"', disposition)
        if not disposition.lower().startswith("form-data") or not name:
            raise MultipartError("multipart part without form-data Content-Disposition")
        filename = re.search(r'filename="([^"]*)"', disposition)
        part = Part(name=name.group(1), filename=filename.group(1) if filename else None,
                    content_type=headers.get("content-type", "text/plain"), headers=headers)
        if part.filename is not None:
            handle, part.path = tempfile.mkstemp(dir=directory)
            out = os.fdopen(handle, "wb")
        else:
            out = None
        text = b""
        sha1, sha256 = hashlib.sha1(), hashlib.sha256()
        while True:
            index = buffer.find(delimiter)
            if index >= 0:
                chunk, buffer = buffer[:index], buffer[index + len(delimiter):]
            elif len(buffer) > len(delimiter):
                # Keep a delimiter's length back: it may straddle two blocks.
                chunk, buffer = buffer[:-len(delimiter)], buffer[-len(delimiter):]
            else:
                chunk = b""
            if chunk:
                part.size += len(chunk)
                if out is not None:
                    out.write(chunk)
                    sha1.update(chunk)
                    sha256.update(chunk)
                else:
                    text += chunk
                    if len(text) > MAX_FIELD:
                        raise MultipartError(f"form field {part.name} too large")
            if index >= 0:
                break
            if not fill():
                if out is not None:
                    out.close()
                raise MultipartError("multipart body cut short (no closing delimiter)")
        if out is not None:
            out.close()
            part.sha1, part.sha256 = sha1.hexdigest(), sha256.hexdigest()
        else:
            part.value = text.decode("utf-8", "replace")
        parts.setdefault(part.name, part)
