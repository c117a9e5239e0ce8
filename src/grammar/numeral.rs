//! Numerals: Chinese (一 … 九千九百九十九, 〇/零, 两), ASCII and full-width
//! digits, and circled numbers (① … ㊿).

use nom::{IResult, Parser, bytes::complete::take_while1, combinator::map_opt};

/// A character that can appear in a Chinese numeral.
pub(crate) fn is_cn_digit(c: char) -> bool {
    CN_DIGITS.contains(c)
}

/// The characters of [`is_cn_digit`].
const CN_DIGITS: super::CharSet = super::CharSet::new(&[
    '零', '〇', '○', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千',
]);

/// The value of one digit character (〇/零 0, 一 1 … 九 9, 两 2).
pub(crate) fn digit_value(c: char) -> Option<u32> {
    DIGIT_VALUES.get(c).map(u32::from)
}

/// The values of [`digit_value`].
const DIGIT_VALUES: super::CharSet = super::CharSet::map(&[
    ('零', 0),
    ('〇', 0),
    ('○', 0),
    ('一', 1),
    ('二', 2),
    ('两', 2),
    ('三', 3),
    ('四', 4),
    ('五', 5),
    ('六', 6),
    ('七', 7),
    ('八', 8),
    ('九', 9),
]);

/// Value of a Chinese numeral written with units (十一, 二十, 一百零五,
/// 二千零二十二) or as plain digits (二〇二二). `None` for malformed text
/// such as 十十 or 二二十.
pub(crate) fn cn_value(s: &str) -> Option<u32> {
    // one character (most heading numbers: 一、 （三）): its value, 十 ten,
    // a bare 百 or 千 none (what the general reading below gives)
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (None, _) => return None,
        (Some(c), None) => {
            return match c {
                '十' => Some(10),
                '百' | '千' => None,
                c => digit_value(c),
            };
        }
        _ => {}
    }
    if !s.chars().any(|c| matches!(c, '十' | '百' | '千')) {
        // positional: 二〇二二 (years), or a single digit
        let mut v: u32 = 0;
        for c in s.chars() {
            v = v.checked_mul(10)?.checked_add(digit_value(c)?)?;
        }
        return Some(v);
    }
    let mut total = 0u32;
    let mut pending: Option<u32> = None;
    let mut last_unit = u32::MAX;
    let mut zero_seen = false;
    for c in s.chars() {
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => {
                let d = digit_value(c)?;
                if pending.is_some() {
                    return None; // two digits in a row: 二二十
                }
                if d == 0 {
                    if zero_seen {
                        return None;
                    }
                    zero_seen = true;
                    continue;
                }
                pending = Some(d);
                continue;
            }
        };
        if unit >= last_unit {
            return None; // 十十, 十百
        }
        let d = match pending.take() {
            Some(d) => d,
            None if unit == 10 && total == 0 && !zero_seen => 1, // 十 = 10, 十一 = 11
            None if unit == 10 && zero_seen => 1,                // 一百零十? tolerated as 一百一十
            None => return None,
        };
        total += d * unit;
        last_unit = unit;
        zero_seen = false;
    }
    if let Some(d) = pending {
        total += d;
    }
    (total > 0).then_some(total)
}

/// A Chinese numeral and its value.
pub(crate) fn cn_numeral(i: &str) -> IResult<&str, u32> {
    map_opt(take_while1(is_cn_digit), cn_value).parse(i)
}

/// ASCII or full-width decimal digit.
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Value of a run of ASCII / full-width digits (saturating at `u32::MAX`).
pub(crate) fn digits_value(s: &str) -> Option<u32> {
    let mut v: u32 = 0;
    for c in s.chars() {
        let d = if c.is_ascii_digit() { c as u32 - '0' as u32 } else { c as u32 - '０' as u32 };
        v = v.saturating_mul(10).saturating_add(d);
    }
    (!s.is_empty()).then_some(v)
}

/// Arabic digits (ASCII or full-width) and their value.
pub(crate) fn arabic(i: &str) -> IResult<&str, u32> {
    // (ASCII digits, the usual ones, read as bytes; a run that goes on in
    // full-width digits, or starts with one, is read by the parser)
    let n = i.bytes().take_while(u8::is_ascii_digit).count();
    if n > 0 && !i[n..].starts_with(|c: char| is_digit(c)) {
        let v = i.as_bytes()[..n].iter().fold(0u32, |v, &d| v.saturating_mul(10).saturating_add(u32::from(d - b'0')));
        return Ok((&i[n..], v));
    }
    map_opt(take_while1(is_digit), digits_value).parse(i)
}

/// Value of a circled number: ① … ⑳ (U+2460…), ㉑ … ㉟ (U+3251…),
/// ㊱ … ㊿ (U+32B1…).
pub(crate) fn circled_value(c: char) -> Option<u32> {
    let u = c as u32;
    match u {
        0x2460..=0x2473 => Some(u - 0x2460 + 1),
        0x3251..=0x325F => Some(u - 0x3251 + 21),
        0x32B1..=0x32BF => Some(u - 0x32B1 + 36),
        _ => None,
    }
}

/// Value of a parenthesized ideograph ㈠ … ㈩ (U+3220…), which Word
/// exports print for （一） … （十）.
pub(crate) fn paren_ideograph_value(c: char) -> Option<u32> {
    let u = c as u32;
    (0x3220..=0x3229).contains(&u).then(|| u - 0x3220 + 1)
}

/// Value of a circled ideograph ㊀ … ㊉ (U+3280…), which some Word
/// numbering styles print for （一） … （十）.
pub(crate) fn circled_ideograph_value(c: char) -> Option<u32> {
    let u = c as u32;
    (0x3280..=0x3289).contains(&u).then(|| u - 0x3280 + 1)
}

/// Value of a parenthesized number ⑴ … ⒇ (U+2474…), printed for （1）.
pub(crate) fn paren_digit_value(c: char) -> Option<u32> {
    let u = c as u32;
    (0x2474..=0x2487).contains(&u).then(|| u - 0x2474 + 1)
}

/// Value of a number with a full stop ⒈ … ⒛ (U+2488…), printed for 1.
pub(crate) fn digit_stop_value(c: char) -> Option<u32> {
    let u = c as u32;
    (0x2488..=0x249B).contains(&u).then(|| u - 0x2488 + 1)
}

/// Value of one roman numeral character Ⅰ … Ⅻ (U+2160…U+216B: the
/// numbers 1 to 12 as one character each) or Ⅼ Ⅽ Ⅾ Ⅿ (50, 100, 500, 1000).
fn roman_char_value(c: char) -> Option<u32> {
    match c as u32 {
        u @ 0x2160..=0x216B => Some(u - 0x2160 + 1),
        0x216C => Some(50),
        0x216D => Some(100),
        0x216E => Some(500),
        0x216F => Some(1000),
        _ => None,
    }
}

/// Whether `c` is a roman numeral character (U+2160…U+216F).
pub(crate) fn is_roman(c: char) -> bool {
    ('\u{2160}'..='\u{216F}').contains(&c)
}

/// Value of a run of roman numeral characters (`Ⅲ`, `ⅩⅣ`, `ⅩⅫ`): each
/// character's value, subtracted where a greater one follows. `None` for an
/// empty run or one of more than four characters.
pub(crate) fn roman_value(s: &str) -> Option<u32> {
    let mut total = 0i64;
    let mut chars = s.chars().peekable();
    let mut n = 0;
    while let Some(c) = chars.next() {
        n += 1;
        let v = i64::from(roman_char_value(c)?);
        match chars.peek().and_then(|&d| roman_char_value(d)) {
            Some(next) if i64::from(next) > v => total -= v,
            _ => total += v,
        }
        if n > 4 {
            return None;
        }
    }
    u32::try_from(total).ok().filter(|&t| t > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        for (s, v) in [
            ("一", 1),
            ("九", 9),
            ("十", 10),
            ("十一", 11),
            ("二十", 20),
            ("二十三", 23),
            ("二十八", 28),
            ("九十九", 99),
            ("一百", 100),
            ("一百零五", 105),
            ("一百一十", 110),
            ("两千零二十二", 2022),
            ("二〇二二", 2022),
            ("〇", 0),
        ] {
            assert_eq!(cn_value(s), Some(v), "{s}");
        }
        for bad in ["十十", "二二十", "百十", "", "十零零一", "百", "千", "a", "甲"] {
            assert_eq!(cn_value(bad), None, "{bad}");
        }
    }

    #[test]
    fn numeral_parsers() {
        assert_eq!(cn_numeral("二十三、推进"), Ok(("、推进", 23)));
        assert!(cn_numeral("、").is_err());
        assert_eq!(arabic("12.强化"), Ok((".强化", 12)));
        assert_eq!(arabic("１２．"), Ok(("．", 12)));
        assert_eq!(circled_value('①'), Some(1));
        assert_eq!(circled_value('⑳'), Some(20));
        assert_eq!(circled_value('㉑'), Some(21));
        assert_eq!(circled_value('㊿'), Some(50));
        assert_eq!(circled_value('a'), None);
        assert_eq!(paren_ideograph_value('㈠'), Some(1));
        assert_eq!(paren_ideograph_value('㈩'), Some(10));
        assert_eq!(paren_ideograph_value('㈪'), None);
        assert_eq!(paren_digit_value('⑴'), Some(1));
        assert_eq!(paren_digit_value('⒇'), Some(20));
        assert_eq!(paren_digit_value('⒈'), None);
        assert_eq!(digit_stop_value('⒈'), Some(1));
        assert_eq!(digit_stop_value('⒛'), Some(20));
        assert_eq!(digit_stop_value('⒜'), None);
    }

    #[test]
    fn roman_numerals() {
        for (s, v) in [("Ⅰ", 1), ("Ⅳ", 4), ("Ⅻ", 12), ("ⅩⅢ", 13), ("ⅩⅣ", 14), ("ⅩⅨ", 19), ("ⅩⅩⅠ", 21), ("ⅩⅬ", 40)]
        {
            assert_eq!(roman_value(s), Some(v), "{s}");
        }
        for bad in ["", "a", "Ⅰ一", "ⅠⅠⅠⅠⅠ"] {
            assert_eq!(roman_value(bad), None, "{bad}");
        }
    }
}
