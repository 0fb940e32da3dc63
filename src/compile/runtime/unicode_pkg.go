// Package unicode of memrun's runtime library: Unicode's categories and case mappings as Go
// 1.27.3 reports them (the tables are generated from Go's behaviour by scripts/gen-unicode.go).
// Of the named range tables, the scripts Latin, Greek, Cyrillic and Han are compiled; the
// others are not yet.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Version is the Unicode edition from which the tables are derived.
const Version = "17.0.0"

// IsControl reports whether the rune is a control character.
func IsControl(r rune) bool { return uIs(uControl, int(r)) }

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return uIs(uDigit, int(r))
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode.
func IsGraphic(r rune) bool { return uIs(uGraphic, int(r)) }

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if r < 0x80 {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return uIs(uLetter, int(r))
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z'
	}
	return uIs(uLower, int(r))
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool { return uIs(uMark, int(r)) }

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool { return uIs(uNumber, int(r)) }

// IsPrint reports whether the rune is defined as printable by Go.
func IsPrint(r rune) bool { return uIs(uPrint, int(r)) }

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool { return uIs(uPunct, int(r)) }

// IsSpace reports whether the rune is a space character as defined by Unicode's White Space
// property.
func IsSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return uIs(uSpace, int(r))
}

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool { return uIs(uSymbol, int(r)) }

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool { return uIs(uTitle, int(r)) }

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool { return isUpper(int(r)) }

// SimpleFold iterates over Unicode code points equivalent under the Unicode-defined simple
// case folding: the smallest such rune greater than r, else the smallest.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	return rune(uMap(uFold, int(r)))
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return rune(uMap(uToLower, int(r)))
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return rune(uMap(uToTitle, int(r)))
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return rune(uMap(uToUpper, int(r)))
}

// RangeTable defines a set of Unicode code points by listing the ranges of code points
// within the set: 16-bit ranges first, then 32-bit ones, each sorted; LatinOffset counts the
// R16 entries with Hi <= MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 represents a range of 16-bit Unicode code points: Lo through Hi with stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents a range of Unicode code points whose values are not all below 1<<16.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// is16 reports whether r is in the sorted slice of 16-bit ranges.
func is16(ranges []Range16, r uint16) bool {
	if len(ranges) <= 18 || r <= MaxLatin1 {
		for i := range ranges {
			rg := &ranges[i]
			if r < rg.Lo {
				return false
			}
			if r <= rg.Hi {
				return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := &ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// is32 reports whether r is in the sorted slice of 32-bit ranges.
func is32(ranges []Range32, r uint32) bool {
	if len(ranges) <= 18 {
		for i := range ranges {
			rg := &ranges[i]
			if r < rg.Lo {
				return false
			}
			if r <= rg.Hi {
				return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges (In is preferred).
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// generated range tables: begin
// Range tables of scripts, generated by scripts/gen-unicode.go rangetables from Go
// 1.27.3's unicode package (Unicode 17.0.0). DO NOT EDIT.

// Cyrillic is the set of Unicode characters in script Cyrillic.
var Cyrillic *RangeTable = &RangeTable{
	R16: []Range16{
		{0x0400, 0x0484, 1},
		{0x0487, 0x052f, 1},
		{0x1c80, 0x1c8a, 1},
		{0x1d2b, 0x1d78, 77},
		{0x2de0, 0x2dff, 1},
		{0xa640, 0xa69f, 1},
		{0xfe2e, 0xfe2f, 1},
	},
	R32: []Range32{
		{0x1e030, 0x1e06d, 1},
		{0x1e08f, 0x1e08f, 1},
	},
}

// Greek is the set of Unicode characters in script Greek.
var Greek *RangeTable = &RangeTable{
	R16: []Range16{
		{0x0370, 0x0373, 1},
		{0x0375, 0x0377, 1},
		{0x037a, 0x037d, 1},
		{0x037f, 0x0384, 5},
		{0x0386, 0x0388, 2},
		{0x0389, 0x038a, 1},
		{0x038c, 0x038e, 2},
		{0x038f, 0x03a1, 1},
		{0x03a3, 0x03e1, 1},
		{0x03f0, 0x03ff, 1},
		{0x1d26, 0x1d2a, 1},
		{0x1d5d, 0x1d61, 1},
		{0x1d66, 0x1d6a, 1},
		{0x1dbf, 0x1f00, 321},
		{0x1f01, 0x1f15, 1},
		{0x1f18, 0x1f1d, 1},
		{0x1f20, 0x1f45, 1},
		{0x1f48, 0x1f4d, 1},
		{0x1f50, 0x1f57, 1},
		{0x1f59, 0x1f5f, 2},
		{0x1f60, 0x1f7d, 1},
		{0x1f80, 0x1fb4, 1},
		{0x1fb6, 0x1fc4, 1},
		{0x1fc6, 0x1fd3, 1},
		{0x1fd6, 0x1fdb, 1},
		{0x1fdd, 0x1fef, 1},
		{0x1ff2, 0x1ff4, 1},
		{0x1ff6, 0x1ffe, 1},
		{0x2126, 0xab65, 35391},
	},
	R32: []Range32{
		{0x10140, 0x1018e, 1},
		{0x101a0, 0x1d200, 53344},
		{0x1d201, 0x1d245, 1},
	},
}

// Han is the set of Unicode characters in script Han.
var Han *RangeTable = &RangeTable{
	R16: []Range16{
		{0x2e80, 0x2e99, 1},
		{0x2e9b, 0x2ef3, 1},
		{0x2f00, 0x2fd5, 1},
		{0x3005, 0x3007, 2},
		{0x3021, 0x3029, 1},
		{0x3038, 0x303b, 1},
		{0x3400, 0x4dbf, 1},
		{0x4e00, 0x9fff, 1},
		{0xf900, 0xfa6d, 1},
		{0xfa70, 0xfad9, 1},
	},
	R32: []Range32{
		{0x16fe2, 0x16fe3, 1},
		{0x16ff0, 0x16ff6, 1},
		{0x20000, 0x2a6df, 1},
		{0x2a700, 0x2b81d, 1},
		{0x2b820, 0x2cead, 1},
		{0x2ceb0, 0x2ebe0, 1},
		{0x2ebf0, 0x2ee5d, 1},
		{0x2f800, 0x2fa1d, 1},
		{0x30000, 0x3134a, 1},
		{0x31350, 0x33479, 1},
	},
}

// Latin is the set of Unicode characters in script Latin.
var Latin *RangeTable = &RangeTable{
	R16: []Range16{
		{0x0041, 0x005a, 1},
		{0x0061, 0x007a, 1},
		{0x00aa, 0x00ba, 16},
		{0x00c0, 0x00d6, 1},
		{0x00d8, 0x00f6, 1},
		{0x00f8, 0x02b8, 1},
		{0x02e0, 0x02e4, 1},
		{0x1d00, 0x1d25, 1},
		{0x1d2c, 0x1d5c, 1},
		{0x1d62, 0x1d65, 1},
		{0x1d6b, 0x1d77, 1},
		{0x1d79, 0x1dbe, 1},
		{0x1e00, 0x1eff, 1},
		{0x2071, 0x207f, 14},
		{0x2090, 0x209c, 1},
		{0x212a, 0x212b, 1},
		{0x2132, 0x214e, 28},
		{0x2160, 0x2188, 1},
		{0x2c60, 0x2c7f, 1},
		{0xa722, 0xa787, 1},
		{0xa78b, 0xa7dc, 1},
		{0xa7f1, 0xa7ff, 1},
		{0xab30, 0xab5a, 1},
		{0xab5c, 0xab64, 1},
		{0xab66, 0xab69, 1},
		{0xfb00, 0xfb06, 1},
		{0xff21, 0xff3a, 1},
		{0xff41, 0xff5a, 1},
	},
	R32: []Range32{
		{0x10780, 0x10785, 1},
		{0x10787, 0x107b0, 1},
		{0x107b2, 0x107ba, 1},
		{0x1df00, 0x1df1e, 1},
		{0x1df25, 0x1df2a, 1},
	},
	LatinOffset: 5,
}
// generated range tables: end

// Go 1.27's API that memrun does not compile yet.


//memrun:unsupported UpperLower Cc Cf Cn Co Cs Digit Nd LC Letter
//memrun:unsupported L Lm Lo Lower Ll Mark M Mc Me Mn Nl No Number N Other C Pc Pd Pe Pf Pi
//memrun:unsupported Po Ps Punct P Sc Sk Sm So Space Z Symbol S Title Lt Upper Lu Zl Zp Zs
//memrun:unsupported Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian Avestan Balinese Bamum
//memrun:unsupported Bassa_Vah Batak Bengali Beria_Erfe Bhaiksuki Bopomofo Brahmi Braille
//memrun:unsupported Buginese Buhid Canadian_Aboriginal Carian Caucasian_Albanian Chakma
//memrun:unsupported Cham Cherokee Chorasmian Common Coptic Cuneiform Cypriot Cypro_Minoan
//memrun:unsupported Deseret Devanagari Dives_Akuru Dogra Duployan
//memrun:unsupported Egyptian_Hieroglyphs Elbasan Elymaic Ethiopic Garay Georgian Glagolitic
//memrun:unsupported Gothic Grantha Gujarati Gunjala_Gondi Gurmukhi Gurung_Khema
//memrun:unsupported Hangul Hanifi_Rohingya Hanunoo Hatran Hebrew Hiragana Imperial_Aramaic
//memrun:unsupported Inherited Inscriptional_Pahlavi Inscriptional_Parthian Javanese Kaithi
//memrun:unsupported Kannada Katakana Kawi Kayah_Li Kharoshthi Khitan_Small_Script Khmer
//memrun:unsupported Khojki Khudawadi Kirat_Rai Lao Lepcha Limbu Linear_A Linear_B
//memrun:unsupported Lisu Lycian Lydian Mahajani Makasar Malayalam Mandaic Manichaean
//memrun:unsupported Marchen Masaram_Gondi Medefaidrin Meetei_Mayek Mende_Kikakui
//memrun:unsupported Meroitic_Cursive Meroitic_Hieroglyphs Miao Modi Mongolian Mro Multani
//memrun:unsupported Myanmar Nabataean Nag_Mundari Nandinagari New_Tai_Lue Newa Nko Nushu
//memrun:unsupported Nyiakeng_Puachue_Hmong Ogham Ol_Chiki Ol_Onal Old_Hungarian Old_Italic
//memrun:unsupported Old_North_Arabian Old_Permic Old_Persian Old_Sogdian Old_South_Arabian
//memrun:unsupported Old_Turkic Old_Uyghur Oriya Osage Osmanya Pahawh_Hmong Palmyrene
//memrun:unsupported Pau_Cin_Hau Phags_Pa Phoenician Psalter_Pahlavi Rejang Runic Samaritan
//memrun:unsupported Saurashtra Sharada Shavian Siddham Sidetic SignWriting Sinhala Sogdian
//memrun:unsupported Sora_Sompeng Soyombo Sundanese Sunuwar Syloti_Nagri Syriac Tagalog
//memrun:unsupported Tagbanwa Tai_Le Tai_Tham Tai_Viet Tai_Yo Takri Tamil Tangsa Tangut
//memrun:unsupported Telugu Thaana Thai Tibetan Tifinagh Tirhuta Todhri Tolong_Siki Toto
//memrun:unsupported Tulu_Tigalari Ugaritic Vai Vithkuqi Wancho Warang_Citi Yezidi Yi
//memrun:unsupported Zanabazar_Square ASCII_Hex_Digit Bidi_Control Dash Deprecated Diacritic
//memrun:unsupported Extender Hex_Digit Hyphen IDS_Binary_Operator IDS_Trinary_Operator
//memrun:unsupported IDS_Unary_Operator ID_Compat_Math_Continue ID_Compat_Math_Start
//memrun:unsupported Ideographic Join_Control Logical_Order_Exception
//memrun:unsupported Modifier_Combining_Mark Noncharacter_Code_Point Other_Alphabetic
//memrun:unsupported Other_Default_Ignorable_Code_Point Other_Grapheme_Extend
//memrun:unsupported Other_ID_Continue Other_ID_Start Other_Lowercase Other_Math
//memrun:unsupported Other_Uppercase Pattern_Syntax Pattern_White_Space
//memrun:unsupported Prepended_Concatenation_Mark Quotation_Mark Radical Regional_Indicator
//memrun:unsupported STerm Sentence_Terminal Soft_Dotted Terminal_Punctuation
//memrun:unsupported Unified_Ideograph Variation_Selector White_Space CaseRanges Categories
//memrun:unsupported CategoryAliases FoldCategory FoldScript GraphicRanges PrintRanges
//memrun:unsupported Properties Scripts CaseRange SpecialCase
//memrun:unsupported AzeriCase TurkishCase
