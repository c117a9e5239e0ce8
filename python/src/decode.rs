//! Bytes to text at the edge: UTF-8, UTF-16 by its byte-order mark, and
//! GB18030 (which covers GBK and GB2312) when the bytes are not UTF-8.
//!
//! TEMPORARY: the library is to get its own decode helper (issue 15, the
//! CLI's work); once it lands this module goes and `parse_bytes` calls it.

use std::borrow::Cow;

/// Why bytes could not be decoded.
pub enum DecodeError {
    /// `encoding=` names no encoding the WHATWG Encoding Standard knows.
    UnknownEncoding(String),
    /// The bytes are not valid in the encoding named or detected: the
    /// encoding and the byte offset of the first bad sequence.
    Malformed { encoding: &'static str, offset: usize },
}

/// The text of `bytes` and the name of the encoding it was read in.
///
/// With `encoding` given, that encoding (a BOM of another Unicode encoding
/// still wins, as in the Encoding Standard). Without: a UTF-16 BOM means
/// UTF-16; bytes that are valid UTF-8 (with or without a BOM) are UTF-8 and
/// borrowed as they are (the library removes a UTF-8 BOM itself, so spans
/// stay offsets into `bytes`); anything else is read as GB18030.
pub fn decode<'a>(bytes: &'a [u8], encoding: Option<&str>) -> Result<(Cow<'a, str>, &'static str), DecodeError> {
    let named = match encoding {
        Some(label) => Some(
            encoding_rs::Encoding::for_label(label.trim().as_bytes())
                .ok_or_else(|| DecodeError::UnknownEncoding(label.to_owned()))?,
        ),
        None => None,
    };
    match encoding_rs::Encoding::for_bom(bytes) {
        Some((enc, _)) if enc != encoding_rs::UTF_8 => return strict(enc, bytes),
        _ => {}
    }
    match named {
        None => match std::str::from_utf8(bytes) {
            Ok(text) => Ok((Cow::Borrowed(text), "utf-8")),
            Err(_) => strict(encoding_rs::GB18030, bytes),
        },
        Some(enc) if enc == encoding_rs::UTF_8 => match std::str::from_utf8(bytes) {
            Ok(text) => Ok((Cow::Borrowed(text), "utf-8")),
            Err(e) => Err(DecodeError::Malformed { encoding: "utf-8", offset: e.valid_up_to() }),
        },
        Some(enc) if enc == encoding_rs::GBK => strict(encoding_rs::GB18030, bytes),
        Some(enc) => strict(enc, bytes),
    }
}

/// Decode with no replacement: the first malformed sequence is an error.
fn strict(enc: &'static encoding_rs::Encoding, bytes: &[u8]) -> Result<(Cow<'static, str>, &'static str), DecodeError> {
    let name = match enc.name() {
        "UTF-16LE" => "utf-16le",
        "UTF-16BE" => "utf-16be",
        "gb18030" => "gb18030",
        "UTF-8" => "utf-8",
        other => other,
    };
    let mut decoder = enc.new_decoder_with_bom_removal();
    let mut out = String::with_capacity(decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(0));
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok((Cow::Owned(out), name)),
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            let offset = read.saturating_sub(bad as usize + after as usize);
            Err(DecodeError::Malformed { encoding: name, offset })
        }
        encoding_rs::DecoderResult::OutputFull => Err(DecodeError::Malformed { encoding: name, offset: read }),
    }
}
