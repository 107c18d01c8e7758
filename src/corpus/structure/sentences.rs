//! Sentences: where a paragraph's sentences start and end, in bytes of its
//! text.

use std::ops::Range;

/// Splits paragraph text into sentence ranges (trimmed, non-empty).
///
/// Splits after `.` `؟` `?` `!` `؛` `;` (and any closing quotes or brackets that
/// follow), also with no space after the full stop, but not inside decimals
/// (`1.7`), single-letter abbreviations (`ه.ش`, `و. مشریاکوف`), or parentheses
/// and «» that close soon.
#[must_use]
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    // Bytes of the characters the splitter cares about: ASCII stops and
    // brackets, and the second byte of «؛» (D8 9B), «؟» (D8 9F), «« (C2 AB)
    // and «» (C2 BB) — not their lead bytes, which most Arabic letters share.
    const fn table() -> [bool; 256] {
        let mut t = [false; 256];
        let special = b".?!;\n()[]";
        let mut i = 0;
        while i < special.len() {
            t[special[i] as usize] = true;
            i += 1;
        }
        t[0x9B] = true;
        t[0x9F] = true;
        t[0xAB] = true;
        t[0xBB] = true;
        t
    }
    static SPECIAL: [bool; 256] = table();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth: i32 = 0;
    let mut depth_since = 0usize;
    // Right-to-left texts often have mirrored brackets: «)…(».
    let mut mirrored = false;
    let mut pos = 0;
    while pos < bytes.len() {
        let b = bytes[pos];
        if !SPECIAL[usize::from(b)] {
            pos += 1;
            continue;
        }
        if b >= 0x80 {
            // A second byte: is it «؛ ؟» after D8, or «» after C2?
            let lead = if pos > 0 { bytes[pos - 1] } else { 0 };
            let wanted = match b {
                0x9B | 0x9F => lead == 0xD8,
                _ => lead == 0xC2,
            };
            if !wanted {
                pos += 1;
                continue;
            }
            pos -= 1;
        }
        let Some(c) = text[pos..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        match c {
            '(' if mirrored => mirrored = false,
            '(' | '«' | '[' => {
                if depth == 0 {
                    depth_since = pos;
                }
                depth += 1;
            }
            ')' if depth == 0 => mirrored = true,
            ')' | '»' | ']' => depth = (depth - 1).max(0),
            _ => {}
        }
        // A bracket left open for long is unbalanced text: stop honouring it.
        if depth > 0 && pos - depth_since > 400 {
            depth = 0;
        }
        let is_stop = matches!(c, '.' | '؟' | '?' | '!' | '؛' | ';' | '\n');
        if is_stop && depth == 0 {
            let prev = text[..pos].chars().next_back();
            let prev2 = prev.and_then(|p| text[..pos - p.len_utf8()].chars().next_back());
            let next = text[pos + len..].chars().next();
            if c == '.' && is_non_final_dot(prev2, prev, next) {
                pos += len;
                continue;
            }
            // Take closing quotes and repeated marks that directly follow.
            let mut end = pos + len;
            while let Some(d) = text[end..].chars().next() {
                if !matches!(d, '»' | '"' | '\'' | '.' | '!' | '؟') {
                    break;
                }
                end += d.len_utf8();
            }
            push_trimmed(text, start, end, &mut out);
            start = end;
            pos = end;
            continue;
        }
        pos += len;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// A full stop that does not end a sentence: a decimal point (`1.7`) or the
/// dot of a single-letter abbreviation (`ه.ش`, `و. مشریاکوف`).
fn is_non_final_dot(prev2: Option<char>, prev: Option<char>, next: Option<char>) -> bool {
    if prev.is_some_and(|c| c.is_ascii_digit()) && next.is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    prev.is_some_and(crate::corpus::normalize::is_letter)
        && prev2.is_none_or(|c| !crate::corpus::normalize::is_letter(c))
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    let r = start + lead..end - trail;
    if r.end > r.start
        && text[r.clone()]
            .chars()
            .any(crate::corpus::normalize::is_letter_or_digit)
    {
        out.push(r);
    }
}
