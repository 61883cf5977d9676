"""A ``multipart/form-data`` upload body streamed from disk, for APIs that take a file as a form field.

``requests`` builds multipart bodies in memory (``files=`` reads the whole file), which a 200 MB
GeoPackage must not go through. :class:`MultipartFile` is a read-only file object: a short header,
the file read block by block, a closing boundary. Its length is known in advance, so the request
carries a ``Content-Length`` and the HTTP layer pulls it block by block
(:class:`~passerelle.publishers.http.HttpClient` accepts it as ``data=``).

>>> with MultipartFile("/tmp/pistes.gpkg", field="file") as body:
...     http.post("api/1/datasets/abc/upload/", data=body, headers={"Content-Type": body.content_type})
"""
from __future__ import annotations

import os
import uuid
from typing import Callable, Optional

BLOCK = 64 * 1024  # largest read from the file, whatever the caller asks for


def _quoted(value: str) -> str:
    """A form-data parameter value: quotes and line breaks escaped the way browsers do (WHATWG)."""
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


class MultipartFile:
    """One file part (plus optional text fields) as a streamed ``multipart/form-data`` body.

    ``opener`` opens the file in binary mode (tests pass a spy to see the reads). ``read(n)``
    never returns more than ``n`` bytes nor reads more than :data:`BLOCK` bytes from the file at
    once; ``read()`` without a size returns one block, since only the HTTP layer reads this body,
    looping until it gets ``b""``.
    """

    def __init__(self, path: str, field: str = "file", filename: Optional[str] = None,
                 media_type: str = "application/octet-stream", fields: Optional[dict] = None,
                 opener: Callable = open):
        self.path = path
        self.boundary = f"passerelle-{uuid.uuid4().hex}"
        head = b""
        for name, value in (fields or {}).items():
            head += (f"--{self.boundary}\r\nContent-Disposition: form-data; name=\"{_quoted(name)}\"\r\n\r\n"
                     f"{value}\r\n").encode("utf-8")
        name = filename or os.path.basename(path)
        head += (f"--{self.boundary}\r\nContent-Disposition: form-data; name=\"{_quoted(field)}\"; "
                 f"filename=\"{_quoted(name)}\"\r\nContent-Type: {media_type}\r\n\r\n").encode("utf-8")
        self._head = head
        self._tail = f"\r\n--{self.boundary}--\r\n".encode("ascii")
        self._size = os.path.getsize(path)
        self._file = opener(path, "rb")
        self._position = 0

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    def __len__(self) -> int:
        return len(self._head) + self._size + len(self._tail)

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = 0) -> int:
        """Only a rewind is supported (what a retry needs)."""
        if offset != 0 or whence != 0:
            raise OSError("MultipartFile can only be rewound to its start")
        self._file.seek(0)
        self._position = 0
        return 0

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = BLOCK
        out = b""
        while len(out) < size:
            position = self._position
            wanted = size - len(out)
            if position < len(self._head):
                chunk = self._head[position:position + wanted]
            elif position < len(self._head) + self._size:
                chunk = self._file.read(min(wanted, BLOCK))
                if not chunk:  # the file shrank under us: the announced length would lie
                    raise OSError(f"{self.path} changed while it was being sent")
            else:
                start = position - len(self._head) - self._size
                chunk = self._tail[start:start + wanted]
                if not chunk:
                    break
            out += chunk
            self._position += len(chunk)
        return out

    def close(self) -> None:
        self._file.close()

    @property
    def closed(self) -> bool:
        return self._file.closed

    def __enter__(self) -> "MultipartFile":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
