"""Bytes → text, with clear messages for what is not text."""

from __future__ import annotations

import codecs

from khabar.errors import InputError

# Longest BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# Control bytes that ordinary text contains.
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_SNIFF_BYTES = 65_536
# Share of other control bytes above which a NUL-free sample is still judged binary.
_MAX_CONTROL_SHARE = 0.1


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` (without a UTF-16/32 BOM) looks binary, or None if it looks like text."""
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return "binary file (contains NUL bytes), not text; UTF-16 text needs a byte-order mark"
    if sample:
        controls = sum(1 for b in sample if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
        if controls / len(sample) > _MAX_CONTROL_SHARE:
            return "binary file (mostly control bytes), not text"
    return None


def decode_bytes(data: bytes, origin: str, declared: str | None = None) -> str:
    """Decode ``data`` exactly (no newline or whitespace changes), dropping a byte-order mark.

    A BOM decides the encoding; otherwise ``declared`` (an HTTP or HTML charset) or UTF-8. The bytes
    win over a declaration they contradict (:func:`_charset_from_bytes`). Raises :class:`InputError`
    for binary data or bytes no charset explains.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8-sig":
                _reject_binary(data[len(bom) :], origin)
            return _decode(data, codec, label, origin)
    _reject_binary(data, origin)
    codec = _charset_from_bytes(data, declared) if declared else "utf-8"
    label = "UTF-8" if codecs.lookup(codec).name == "utf-8" else codec
    text = _decode(data, codec, label, origin)
    return text.removeprefix("\ufeff")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _charset_from_bytes(data: bytes, declared: str) -> str:
    """The charset to decode with when a page declares ``declared``.

    * an unknown name, or UTF-16/32 without a byte-order mark (NUL-free bytes cannot be UTF-16; HTML
      decoders read such a page as UTF-8 too): the declaration says nothing, the bytes decide;
    * bytes that are valid UTF-8 with non-ASCII characters: UTF-8 (a page sent as ISO-8859-1 that is
      really UTF-8 would otherwise be stored as mojibake; valid multi-byte UTF-8 is almost never an
      accident of a single-byte charset);
    * bytes the declared charset cannot decode: UTF-8 if they are UTF-8, else the best guess from the
      bytes (charset-normalizer), else the declared one (whose error message names the bad byte).
    """
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return _guess(data) or "utf-8"
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8" if _is_utf8(data) else _guess(data) or "utf-8"
    if name != "utf-8" and not data.isascii() and _is_utf8(data):
        return "utf-8"
    try:
        data.decode(name)
    except UnicodeDecodeError:
        return "utf-8" if _is_utf8(data) else _guess(data) or name
    return name


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported here: only undecodable input needs it

    best = from_bytes(data[:_SNIFF_BYTES]).best()
    return best.encoding if best is not None else None


def _reject_binary(data: bytes, origin: str) -> None:
    reason = binary_reason(data)
    if reason:
        raise InputError(origin, reason)


def _decode(data: bytes, codec: str, label: str, origin: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            origin, f"not valid {label} text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def require_text(text: str, raw_size: int, origin: str, what: str = "file") -> str:
    """Reject empty and whitespace-only input (``what``: file, response, input)."""
    if not text.strip():
        raise InputError(origin, f"empty {what}" if raw_size == 0 else f"{what} contains only whitespace")
    return text
