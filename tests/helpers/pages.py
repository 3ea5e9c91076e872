"""Decrypting every page of a SQLCipher 4 file, to look inside it as an attacker
holding the key would: live pages, free pages and stale copies in the WAL.

SQLCipher 4 with a raw key: the key is the AES-256 key itself; each page of
``page_size`` bytes ends with a reserve of 80 bytes (a 16-byte IV, then a
64-byte HMAC-SHA512); page 1 starts with the 16-byte salt, not encrypted.
The HMAC is not checked here: this helper reads, it does not judge.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
IV_SIZE = 16
SALT_SIZE = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT_SIZE if first else 0
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + IV_SIZE]
    body = page[start : PAGE_SIZE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of a database file, decrypted (free pages included)."""
    data = path.read_bytes()
    pages = []
    for offset in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
        pages.append(_decrypt_page(key, data[offset : offset + PAGE_SIZE], offset == 0))
    return pages


def decrypted_wal_frames(path: Path, key: bytes) -> list[bytes]:
    """Every frame of a WAL file, decrypted (old copies of pages included)."""
    if not path.exists():
        return []
    data = path.read_bytes()
    frames = []
    offset = WAL_HEADER
    frame = WAL_FRAME_HEADER + PAGE_SIZE
    while offset + frame <= len(data):
        header = data[offset : offset + WAL_FRAME_HEADER]
        page_no = int.from_bytes(header[:4], "big")
        page = data[offset + WAL_FRAME_HEADER : offset + frame]
        frames.append(_decrypt_page(key, page, page_no == 1))
        offset += frame
    return frames


def decrypted_contents(db_path: Path, key: bytes) -> bytes:
    """Database pages and WAL frames of ``db_path``, decrypted, end to end."""
    parts = decrypted_pages(db_path, key)
    parts += decrypted_wal_frames(Path(f"{db_path}-wal"), key)
    return b"".join(parts)
