//! The tokenizer: words, numbers, decimals and punctuation of a normalised
//! sentence, read from its bytes.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tk {
    Word,
    Num,
    Decimal,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Token<'a> {
    pub(super) kind: Tk,
    pub(super) text: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
}

pub(super) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 6 + 1);
    let mut start = 0;
    while start < bytes.len() {
        if matches!(bytes[start], b' ' | b'\n') {
            start += 1;
            continue;
        }
        let Some(c) = text[start..].chars().next() else {
            break;
        };
        let mut end = start + c.len_utf8();
        if c.is_whitespace() {
            start = end;
            continue;
        }
        let kind = if c.is_ascii_digit() {
            let mut kind = Tk::Num;
            while end < bytes.len() {
                if bytes[end].is_ascii_digit() {
                    end += 1;
                } else if matches!(bytes[end], b'.' | b',' | b'/')
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
                {
                    kind = Tk::Decimal;
                    end += 1;
                } else {
                    break;
                }
            }
            kind
        } else if crate::corpus::normalize::is_letter(c) {
            end = word_end(text, end);
            Tk::Word
        } else {
            Tk::Punct
        };
        out.push(Token {
            kind,
            text: &text[start..end],
            start,
            end,
        });
        start = end;
    }
    out
}

/// The end of the run of letters from byte `i` (the Arabic block and ASCII
/// read straight from the bytes; other scripts ask [`is_letter`]).
///
/// [`is_letter`]: crate::corpus::normalize::is_letter
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphabetic() {
            i += 1;
        } else if b < 0x80 {
            break;
        } else if (0xD8..=0xDB).contains(&b) && i + 1 < bytes.len() {
            let c = (u32::from(b & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
            if !crate::corpus::normalize::is_arabic_block_letter(c) {
                break;
            }
            i += 2;
        } else {
            match text[i..].chars().next() {
                Some(n) if crate::corpus::normalize::is_letter(n) => i += n.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer as first written, one character at a time: the fast one
    /// must agree with it.
    fn reference(text: &str) -> Vec<(Tk, &str)> {
        let is_letter = crate::corpus::normalize::is_letter;
        let mut out = Vec::new();
        let mut it = text.char_indices().peekable();
        while let Some((start, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            let mut kind = if c.is_ascii_digit() {
                Tk::Num
            } else if is_letter(c) {
                Tk::Word
            } else {
                Tk::Punct
            };
            let mut end = start + c.len_utf8();
            if kind != Tk::Punct {
                while let Some(&(i, n)) = it.peek() {
                    let same = if kind == Tk::Word {
                        is_letter(n)
                    } else {
                        n.is_ascii_digit()
                    };
                    if same {
                        end = i + n.len_utf8();
                        it.next();
                    } else if kind != Tk::Word
                        && matches!(n, '.' | ',' | '/')
                        && text[i + 1..].starts_with(|d: char| d.is_ascii_digit())
                    {
                        kind = Tk::Decimal;
                        end = i + 1;
                        it.next();
                    } else {
                        break;
                    }
                }
            }
            out.push((kind, &text[start..end]));
        }
        out
    }

    #[test]
    fn tokenizer_agrees_with_the_character_by_character_reference() {
        let mut samples: Vec<String> = [
            "در 17 می سال 1997، ناتو و روسیه «سند مبنایی» را امضا کردند.",
            "نرخ 1.7 درصد و 12/5/1384 و 3,000 نفر؛ NATO-PfP (2002)…",
            "a1b ۱۲ x\u{1680}y über 中文 ڪ ۀ 2.x 7. .5",
            "",
            " ",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        for (_, bytes) in crate::seeds::SEEDS {
            let text = std::str::from_utf8(bytes).expect("seed text");
            samples.push(crate::corpus::Normalized::from_text(text).text.to_string());
        }
        for s in &samples {
            let fast: Vec<(Tk, &str)> = tokenize(s).iter().map(|t| (t.kind, t.text)).collect();
            assert_eq!(fast, reference(s), "{s}");
        }
    }
}
